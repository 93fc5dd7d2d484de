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

	*to_the_left = *to_the_right = NULL;
	while (tree != vm_avl_empty && key != tree->vm_avl_key) {
		if (key < tree->vm_avl_key) {
			*to_the_right = tree;
			tree = tree->vm_avl_left;
		} else {
			*to_the_left = tree;
			tree = tree->vm_avl_right;
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
	/* Inside node's own subtrees the neighbours are closer still. */
	n = tree->vm_avl_left;
	if (n != vm_avl_empty) {
		while (n->vm_avl_right != vm_avl_empty)
			n = n->vm_avl_right;
		*to_the_left = n;
	}
	n = tree->vm_avl_right;
	if (n != vm_avl_empty) {
		while (n->vm_avl_left != vm_avl_empty)
			n = n->vm_avl_left;
		*to_the_right = n;
	}
	if ((*to_the_left && (*to_the_left)->vm_next != node) ||
	    node->vm_next != *to_the_right)
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
	for (; count > 0; count--) {
		struct vm_area_struct **nodeplace = *--nodeplaces_ptr;
		struct vm_area_struct *node = *nodeplace;
		struct vm_area_struct *nodeleft = node->vm_avl_left;
		struct vm_area_struct *noderight = node->vm_avl_right;
		int heightleft = heightof(nodeleft);
		int heightright = heightof(noderight);

		if (heightright + 1 < heightleft) {
			struct vm_area_struct *nodeleftleft =
				nodeleft->vm_avl_left;
			struct vm_area_struct *nodeleftright =
				nodeleft->vm_avl_right;
			int heightleftright = heightof(nodeleftright);

			if (heightof(nodeleftleft) >= heightleftright) {
				/* Outer grandchild high: rotate right once. */
				node->vm_avl_left = nodeleftright;
				nodeleft->vm_avl_right = node;
				node->vm_avl_height = heightleftright + 1;
				nodeleft->vm_avl_height =
					node->vm_avl_height + 1;
				*nodeplace = nodeleft;
			} else {
				/* Inner grandchild high: it becomes the root. */
				nodeleft->vm_avl_right =
					nodeleftright->vm_avl_left;
				node->vm_avl_left = nodeleftright->vm_avl_right;
				nodeleftright->vm_avl_left = nodeleft;
				nodeleftright->vm_avl_right = node;
				nodeleft->vm_avl_height = heightleftright;
				node->vm_avl_height = heightleftright;
				nodeleftright->vm_avl_height = heightleft;
				*nodeplace = nodeleftright;
			}
		} else if (heightleft + 1 < heightright) {
			/* The mirror image of the case above. */
			struct vm_area_struct *noderightright =
				noderight->vm_avl_right;
			struct vm_area_struct *noderightleft =
				noderight->vm_avl_left;
			int heightrightleft = heightof(noderightleft);

			if (heightof(noderightright) >= heightrightleft) {
				node->vm_avl_right = noderightleft;
				noderight->vm_avl_left = node;
				node->vm_avl_height = heightrightleft + 1;
				noderight->vm_avl_height =
					node->vm_avl_height + 1;
				*nodeplace = noderight;
			} else {
				noderight->vm_avl_left =
					noderightleft->vm_avl_right;
				node->vm_avl_right = noderightleft->vm_avl_left;
				noderightleft->vm_avl_right = noderight;
				noderightleft->vm_avl_left = node;
				noderight->vm_avl_height = heightrightleft;
				node->vm_avl_height = heightrightleft;
				noderightleft->vm_avl_height = heightright;
				*nodeplace = noderightleft;
			}
		} else {
			int height = (heightleft < heightright ?
				      heightright : heightleft) + 1;

			/* Same height as before: nothing above changes. */
			if (height == node->vm_avl_height)
				break;
			node->vm_avl_height = height;
		}
	}
}

/* Put new_node into the tree *ptree as a leaf, then rebalance. */
static inline void avl_insert(struct vm_area_struct *new_node,
			      struct vm_area_struct **ptree)
{
	vm_avl_key_t key = new_node->vm_avl_key;
	struct vm_area_struct **nodeplace = ptree;
	struct vm_area_struct **stack[avl_maxheight];
	struct vm_area_struct ***stack_ptr = stack;
	int stack_count = 0;
	struct vm_area_struct *node;

	while ((node = *nodeplace) != vm_avl_empty) {
		*stack_ptr++ = nodeplace;
		stack_count++;
		/* Equal keys go right. */
		if (key < node->vm_avl_key)
			nodeplace = &node->vm_avl_left;
		else
			nodeplace = &node->vm_avl_right;
	}
	new_node->vm_avl_left = vm_avl_empty;
	new_node->vm_avl_right = vm_avl_empty;
	new_node->vm_avl_height = 1;
	*nodeplace = new_node;
	avl_rebalance(stack_ptr, stack_count);
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
	struct vm_area_struct **nodeplace = ptree;
	struct vm_area_struct **stack[avl_maxheight];
	struct vm_area_struct ***stack_ptr = stack;
	int stack_count = 0;
	struct vm_area_struct *node;

	*to_the_left = *to_the_right = NULL;
	while ((node = *nodeplace) != vm_avl_empty) {
		*stack_ptr++ = nodeplace;
		stack_count++;
		if (key < node->vm_avl_key) {
			*to_the_right = node;
			nodeplace = &node->vm_avl_left;
		} else {
			*to_the_left = node;
			nodeplace = &node->vm_avl_right;
		}
	}
	new_node->vm_avl_left = vm_avl_empty;
	new_node->vm_avl_right = vm_avl_empty;
	new_node->vm_avl_height = 1;
	*nodeplace = new_node;
	avl_rebalance(stack_ptr, stack_count);
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
	struct vm_area_struct **nodeplace = ptree;
	struct vm_area_struct **stack[avl_maxheight];
	struct vm_area_struct ***stack_ptr = stack;
	int stack_count = 0;
	struct vm_area_struct **nodeplace_to_delete;

	for (;;) {
		struct vm_area_struct *node = *nodeplace;

#ifdef DEBUG_AVL
		if (node == vm_avl_empty) {
			printk("avl_remove: node to delete not found in tree\n");
			return;
		}
#endif
		*stack_ptr++ = nodeplace;
		stack_count++;
		/* Keys are unique: the equal one is node_to_delete. */
		if (key == node->vm_avl_key)
			break;
		if (key < node->vm_avl_key)
			nodeplace = &node->vm_avl_left;
		else
			nodeplace = &node->vm_avl_right;
	}
	nodeplace_to_delete = nodeplace;

	if (node_to_delete->vm_avl_left == vm_avl_empty) {
		*nodeplace_to_delete = node_to_delete->vm_avl_right;
		/* The deleted node's slot is no longer on the path. */
		stack_ptr--;
		stack_count--;
	} else {
		struct vm_area_struct ***stack_ptr_to_delete = stack_ptr;
		struct vm_area_struct **pnode = &node_to_delete->vm_avl_left;
		struct vm_area_struct *pred;

		while ((pred = *pnode)->vm_avl_right != vm_avl_empty) {
			*stack_ptr++ = pnode;
			stack_count++;
			pnode = &pred->vm_avl_right;
		}
		*pnode = pred->vm_avl_left;
		pred->vm_avl_left = node_to_delete->vm_avl_left;
		pred->vm_avl_right = node_to_delete->vm_avl_right;
		pred->vm_avl_height = node_to_delete->vm_avl_height;
		*nodeplace_to_delete = pred;
		/* The path went through the deleted node's left pointer. */
		*stack_ptr_to_delete = &pred->vm_avl_left;
	}
	avl_rebalance(stack_ptr, stack_count);
}

#ifdef DEBUG_AVL

/* Print a list of areas as [start-end start-end ...]. */
static void printk_list(struct vm_area_struct *vma)
{
	printk("[");
	while (vma) {
		printk("%08lX-%08lX", vma->vm_start, vma->vm_end);
		vma = vma->vm_next;
		if (vma)
			printk(" ");
	}
	printk("]");
}

/* Print a tree in order, as (left<node>right). */
static void printk_avl(struct vm_area_struct *tree)
{
	if (tree == vm_avl_empty)
		return;
	printk("(");
	if (tree->vm_avl_left != vm_avl_empty) {
		printk_avl(tree->vm_avl_left);
		printk("<");
	}
	printk("%08lX-%08lX", tree->vm_start, tree->vm_end);
	if (tree->vm_avl_right != vm_avl_empty) {
		printk(">");
		printk_avl(tree->vm_avl_right);
	}
	printk(")");
}

/* Who called avl_check(), for the messages. */
static char *avl_check_point = "somewhere";

/* Every stored height right, every node balanced. */
static void avl_checkheights(struct vm_area_struct *tree)
{
	int h, hl, hr;

	if (tree == vm_avl_empty)
		return;
	avl_checkheights(tree->vm_avl_left);
	avl_checkheights(tree->vm_avl_right);
	h = tree->vm_avl_height;
	hl = heightof(tree->vm_avl_left);
	hr = heightof(tree->vm_avl_right);
	if (h == hl + 1 && hr <= hl && hl <= hr + 1)
		return;
	if (h == hr + 1 && hl <= hr && hr <= hl + 1)
		return;
	printk("%s: avl_checkheights: heights inconsistent\n",
	       avl_check_point);
}

/* Every key in tree below key. */
static void avl_checkleft(struct vm_area_struct *tree, vm_avl_key_t key)
{
	if (tree == vm_avl_empty)
		return;
	avl_checkleft(tree->vm_avl_left, key);
	avl_checkleft(tree->vm_avl_right, key);
	if (tree->vm_avl_key < key)
		return;
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
	if (tree->vm_avl_key > key)
		return;
	printk("%s: avl_checkright: right key %lu <= top key %lu\n",
	       avl_check_point, tree->vm_avl_key, key);
}

/* Keys strictly increasing from left to right at every node. */
static void avl_checkorder(struct vm_area_struct *tree)
{
	if (tree == vm_avl_empty)
		return;
	avl_checkorder(tree->vm_avl_left);
	avl_checkorder(tree->vm_avl_right);
	avl_checkleft(tree->vm_avl_left, tree->vm_avl_key);
	avl_checkright(tree->vm_avl_right, tree->vm_avl_key);
}

/* All the checks on task's tree; caller names the place in messages. */
static void avl_check(struct task_struct *task, char *caller)
{
	avl_check_point = caller;
	avl_checkheights(task->mm->mmap_avl);
	avl_checkorder(task->mm->mmap_avl);
}

#endif /* DEBUG_AVL */
