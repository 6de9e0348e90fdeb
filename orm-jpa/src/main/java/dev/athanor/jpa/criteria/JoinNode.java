package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;

/** A join or fetch join, as it is written in the FROM item it hangs on. */
interface JoinNode {

    QueryTree.Join joinTree(TreeContext context);
}
