// SPDX-License-Identifier: GPL-2.0-only
/*
 * The AVL tree of a process's virtual memory areas: once an address space
 * has many areas, find_vma() descends this tree instead of walking the
 * address-sorted list.  Not compiled on its own: mm/mmap.c #includes it
 * after defining vm_avl_empty.  The checkers at the end are compiled only
 * with DEBUG_AVL (the host tests use them).
 * 情景分析 §2.3.  Follows Linux 2.4.0 mm/mmap_avl.c.
 */

/* Areas never overlap, so ordering them by end orders them by address. */
#define vm_avl_key	vm_end
#define vm_avl_key_t	unsigned long

/*
 * A tree is a pointer to its root, vm_avl_empty (NULL) when empty.  Each
 * node keeps its height (a leaf has 1).  The rules:
 *  - height = 1 + the larger of the two subtree heights;
 *  - the two subtree heights differ by at most one;
 *  - keys in the left subtree are <= the node's, in the right one >=.
 */

/* Deeper than any AVL tree of 2^32 nodes can grow (about 1.44 log2 n). */
#define avl_maxheight	41
#define heightof(tree)	((tree) == vm_avl_empty ? 0 : (tree)->vm_avl_height)

#ifdef DEBUG_AVL

/*
 * The nodes just before and just after node in key order, found through
 * the tree; complain if they are not node's neighbours in the list.
 */
static void avl_neighbours(struct vm_area_struct *node,
			   struct vm_area_struct *tree,
			   struct vm_area_struct **to_the_left,
			   struct vm_area_struct **to_the_right)
{
	vm_avl_key_t key = node->vm_avl_key;
	struct vm_area_struct *n;
	int left_ok;

	*to_the_left = NULL;
	*to_the_right = NULL;
	for (; tree != vm_avl_empty; ) {
		if (tree->vm_avl_key == key)
			break;
		if (tree->vm_avl_key < key) {
			*to_the_left = tree;
			tree = tree->vm_avl_right;
		} else {
			*to_the_right = tree;
			tree = tree->vm_avl_left;
		}
	}
	if (tree == vm_avl_empty) {
		printk("avl_neighbours: node not found in the tree\n");
		return;
	}
	if (tree != node) {
		printk("avl_neighbours: node not exactly found in the tree\n");
		return;
	}
	/* Closer still: the extreme nodes of node's own subtrees. */
	for (n = node->vm_avl_left; n != vm_avl_empty; n = n->vm_avl_right)
		*to_the_left = n;
	for (n = node->vm_avl_right; n != vm_avl_empty; n = n->vm_avl_left)
		*to_the_right = n;

	left_ok = *to_the_left == NULL || (*to_the_left)->vm_next == node;
	if (!left_ok || node->vm_next != *to_the_right)
		printk("avl_neighbours: tree inconsistent with list\n");
}

#endif /* DEBUG_AVL */

/*
 * Restore the AVL rules after an insertion or a removal.  The caller
 * recorded its descent as count slots (the root pointer, then child
 * pointers), each holding the subtree below the previous one;
 * nodeplaces_ptr points just past the deepest.  Walk them bottom up,
 * rotating where one side has grown two taller than the other, and stop
 * as soon as a subtree's height comes out unchanged.
 */
static void avl_rebalance(struct vm_area_struct ***nodeplaces_ptr, int count)
{
	while (count-- > 0) {
		struct vm_area_struct **slot = *--nodeplaces_ptr;
		struct vm_area_struct *top = *slot;
		struct vm_area_struct *l = top->vm_avl_left;
		struct vm_area_struct *r = top->vm_avl_right;
		int hl = heightof(l);
		int hr = heightof(r);

		if (hl > hr + 1) {
			/* Left side two taller: l's inner subtree decides. */
			struct vm_area_struct *inner = l->vm_avl_right;
			int h_inner = heightof(inner);

			if (heightof(l->vm_avl_left) >= h_inner) {
				/* l rises, top adopts l's inner subtree. */
				top->vm_avl_left = inner;
				top->vm_avl_height = h_inner + 1;
				l->vm_avl_right = top;
				l->vm_avl_height = h_inner + 2;
				*slot = l;
			} else {
				/* inner rises over both, sharing out its subtrees. */
				l->vm_avl_right = inner->vm_avl_left;
				top->vm_avl_left = inner->vm_avl_right;
				inner->vm_avl_left = l;
				inner->vm_avl_right = top;
				l->vm_avl_height = h_inner;
				top->vm_avl_height = h_inner;
				inner->vm_avl_height = hl;
				*slot = inner;
			}
		} else if (hr > hl + 1) {
			/* The same, left and right exchanged. */
			struct vm_area_struct *inner = r->vm_avl_left;
			int h_inner = heightof(inner);

			if (heightof(r->vm_avl_right) >= h_inner) {
				top->vm_avl_right = inner;
				top->vm_avl_height = h_inner + 1;
				r->vm_avl_left = top;
				r->vm_avl_height = h_inner + 2;
				*slot = r;
			} else {
				r->vm_avl_left = inner->vm_avl_right;
				top->vm_avl_right = inner->vm_avl_left;
				inner->vm_avl_right = r;
				inner->vm_avl_left = top;
				r->vm_avl_height = h_inner;
				top->vm_avl_height = h_inner;
				inner->vm_avl_height = hr;
				*slot = inner;
			}
		} else {
			int height = 1 + (hl > hr ? hl : hr);

			/* Unchanged here, so unchanged all the way up. */
			if (top->vm_avl_height == height)
				break;
			top->vm_avl_height = height;
		}
	}
}

/* Put new_node into the tree *ptree as a leaf, then rebalance. */
static inline void avl_insert(struct vm_area_struct *new_node,
			      struct vm_area_struct **ptree)
{
	vm_avl_key_t key = new_node->vm_avl_key;
	struct vm_area_struct **path[avl_maxheight];
	struct vm_area_struct **slot = ptree;
	struct vm_area_struct *here;
	int depth = 0;

	/* Down to an empty slot, remembering each slot passed. */
	while ((here = *slot) != vm_avl_empty) {
		path[depth++] = slot;
		/* Equal keys go right. */
		slot = key < here->vm_avl_key ? &here->vm_avl_left :
						&here->vm_avl_right;
	}
	new_node->vm_avl_left = vm_avl_empty;
	new_node->vm_avl_right = vm_avl_empty;
	new_node->vm_avl_height = 1;
	*slot = new_node;
	avl_rebalance(path + depth, depth);
}

/*
 * avl_insert(), also returning the nodes that end up just before and just
 * after new_node in key order: the last node the descent passed on its
 * right and on its left.  (The new leaf has no subtrees, so nothing is
 * closer.)  __insert_vm_struct() links the list with them.
 */
static inline void avl_insert_neighbours(struct vm_area_struct *new_node,
					 struct vm_area_struct **ptree,
					 struct vm_area_struct **to_the_left,
					 struct vm_area_struct **to_the_right)
{
	vm_avl_key_t key = new_node->vm_avl_key;
	struct vm_area_struct **path[avl_maxheight];
	struct vm_area_struct **slot = ptree;
	struct vm_area_struct *here;
	struct vm_area_struct *below = NULL, *above = NULL;
	int depth = 0;

	while ((here = *slot) != vm_avl_empty) {
		path[depth++] = slot;
		if (key < here->vm_avl_key) {
			above = here;
			slot = &here->vm_avl_left;
		} else {
			below = here;
			slot = &here->vm_avl_right;
		}
	}
	*to_the_left = below;
	*to_the_right = above;
	new_node->vm_avl_left = vm_avl_empty;
	new_node->vm_avl_right = vm_avl_empty;
	new_node->vm_avl_height = 1;
	*slot = new_node;
	avl_rebalance(path + depth, depth);
}

/*
 * Take node_to_delete out of the tree *ptree.  A node with no left
 * subtree is replaced by its right one; otherwise its in-order
 * predecessor (the rightmost node on its left) leaves its own place and
 * takes the deleted node's, and the recorded path is corrected to run
 * through the predecessor before rebalancing.
 */
static void avl_remove(struct vm_area_struct *node_to_delete,
		       struct vm_area_struct **ptree)
{
	vm_avl_key_t key = node_to_delete->vm_avl_key;
	struct vm_area_struct **path[avl_maxheight];
	struct vm_area_struct **slot = ptree;
	int depth = 0;

	/* Down to node_to_delete; its own slot is recorded too. */
	for (;;) {
		struct vm_area_struct *here = *slot;

#ifdef DEBUG_AVL
		if (here == vm_avl_empty) {
			printk("avl_remove: node to delete not found in tree\n");
			return;
		}
#endif
		path[depth++] = slot;
		/* Keys are unique: the equal one is node_to_delete. */
		if (here->vm_avl_key == key)
			break;
		slot = key < here->vm_avl_key ? &here->vm_avl_left :
						&here->vm_avl_right;
	}

	if (node_to_delete->vm_avl_left == vm_avl_empty) {
		/* The right subtree moves up; this slot leaves the path. */
		*slot = node_to_delete->vm_avl_right;
		depth--;
	} else {
		/* Where the path went on below node_to_delete. */
		int below = depth;
		struct vm_area_struct **pred_slot = &node_to_delete->vm_avl_left;
		struct vm_area_struct *pred = *pred_slot;

		/* The predecessor: rightmost node of the left subtree. */
		while (pred->vm_avl_right != vm_avl_empty) {
			path[depth++] = pred_slot;
			pred_slot = &pred->vm_avl_right;
			pred = *pred_slot;
		}
		*pred_slot = pred->vm_avl_left;
		pred->vm_avl_left = node_to_delete->vm_avl_left;
		pred->vm_avl_right = node_to_delete->vm_avl_right;
		pred->vm_avl_height = node_to_delete->vm_avl_height;
		*slot = pred;
		/* That step now starts from pred's left pointer. */
		path[below] = &pred->vm_avl_left;
	}
	avl_rebalance(path + depth, depth);
}

#ifdef DEBUG_AVL

/* Print a list of areas as [start-end start-end ...]. */
static void printk_list(struct vm_area_struct *vma)
{
	const char *gap = "";

	printk("[");
	for (; vma; vma = vma->vm_next) {
		printk("%s%08lX-%08lX", gap, vma->vm_start, vma->vm_end);
		gap = " ";
	}
	printk("]");
}

/* Print a tree in order, as (left<node>right). */
static void printk_avl(struct vm_area_struct *tree)
{
	struct vm_area_struct *l, *r;

	if (tree == vm_avl_empty)
		return;
	l = tree->vm_avl_left;
	r = tree->vm_avl_right;
	printk("(");
	printk_avl(l);
	if (l != vm_avl_empty)
		printk("<");
	printk("%08lX-%08lX", tree->vm_start, tree->vm_end);
	if (r != vm_avl_empty)
		printk(">");
	printk_avl(r);
	printk(")");
}

/* Who called avl_check(), for the messages. */
static char *avl_check_point = "somewhere";

/* Every stored height right, every node balanced. */
static void avl_checkheights(struct vm_area_struct *tree)
{
	int hl, hr, high, low;

	if (tree == vm_avl_empty)
		return;
	avl_checkheights(tree->vm_avl_left);
	avl_checkheights(tree->vm_avl_right);
	hl = heightof(tree->vm_avl_left);
	hr = heightof(tree->vm_avl_right);
	high = hl > hr ? hl : hr;
	low = hl > hr ? hr : hl;
	if (tree->vm_avl_height != high + 1 || high > low + 1)
		printk("%s: avl_checkheights: heights inconsistent\n",
		       avl_check_point);
}

/* Every key in tree below key. */
static void avl_checkleft(struct vm_area_struct *tree, vm_avl_key_t key)
{
	if (tree == vm_avl_empty)
		return;
	/* Subtrees first, then this node: messages come bottom up. */
	avl_checkleft(tree->vm_avl_left, key);
	avl_checkleft(tree->vm_avl_right, key);
	if (tree->vm_avl_key >= key)
		printk("%s: avl_checkleft: left key %lu >= top key %lu\n",
		       avl_check_point, tree->vm_avl_key, key);
}

/* Every key in tree above key. */
static void avl_checkright(struct vm_area_struct *tree, vm_avl_key_t key)
{
	if (tree == vm_avl_empty)
		return;
	avl_checkright(tree->vm_avl_left, key);
	avl_checkright(tree->vm_avl_right, key);
	if (tree->vm_avl_key <= key)
		printk("%s: avl_checkright: right key %lu <= top key %lu\n",
		       avl_check_point, tree->vm_avl_key, key);
}

/* Keys strictly increasing from left to right at every node. */
static void avl_checkorder(struct vm_area_struct *tree)
{
	struct vm_area_struct *l, *r;

	if (tree == vm_avl_empty)
		return;
	l = tree->vm_avl_left;
	r = tree->vm_avl_right;
	avl_checkorder(l);
	avl_checkorder(r);
	avl_checkleft(l, tree->vm_avl_key);
	avl_checkright(r, tree->vm_avl_key);
}

/* All the checks on task's tree; caller names the place in messages. */
static void avl_check(struct task_struct *task, char *caller)
{
	struct vm_area_struct *root = task->mm->mmap_avl;

	avl_check_point = caller;
	avl_checkheights(root);
	avl_checkorder(root);
}

#endif /* DEBUG_AVL */
