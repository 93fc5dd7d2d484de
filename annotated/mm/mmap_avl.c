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
/// §2.3 AVL树以虚存区间的结束地址 vm_end 为键。同一进程的虚存区间互不重叠，
/// 按结束地址排序与按起始地址排序是同一个次序，所以树的中序遍历恰好就是 mmap 线性队列的次序。
/// 也因此，别处原地缩小或扩大某个区间的 vm_end（mprotect_fixup_end、expand_stack、mremap 原地扩展）
/// 而不把它从树中摘下重插，树的次序也不会被破坏：新的键仍落在左右邻居的键之间。
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
/// 记录下降路径的栈要多深：n 个结点的 AVL 树高度不超过约 1.44·log2(n)，
/// 即使 2^32 个结点也用不到 41 层，所以栈用定长数组即可，不必动态分配。
#define avl_maxheight	41
/// 空树（vm_avl_empty，即 NULL）高度为 0，叶子高度为 1：有了这个约定，平衡条件可以统一写成
/// 左右子树高度之差不超过 1。
#define heightof(tree)	((tree) == vm_avl_empty ? 0 : (tree)->vm_avl_height)

/// avl_neighbours 只在调试时用：正常路径上的邻居由 avl_insert_neighbours 在插入时顺带求出。
#ifdef DEBUG_AVL

/*
 * The nodes just before and just after node in key order, found through
 * the tree; complain if they are not node's neighbours in the list.
 */
/// §2.3 调试用：从树中求出结点 node 在键次序上的前一个和后一个结点，
/// 并核对它们是否正是线性队列里 node 的前驱和 vm_next——树与队列必须描述同一组虚存区间。
/// 2.4.0: mm/mmap_avl.c avl_neighbours()
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
	/// 按键从根往下找 node：往右走时经过的结点键比 node 小，是前驱的候选；往左走时经过的是后继的候选。
	/// 找不到时两个输出保留各自最后的候选，与 2.4.0 相同。
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
	/// 下降途中最后一次“向左拐”的结点是后继、最后一次“向右拐”的是前驱；
	/// 但若 node 自己有子树，更近的邻居在子树里：左子树的最右结点、右子树的最左结点。
	/// 两个 for 循环沿子树一路向右（向左）走到底，最后一次赋值留下的就是那个最远的结点；子树为空时不赋值。
	/* Closer still: the extreme nodes of node's own subtrees. */
	for (n = node->vm_avl_left; n != vm_avl_empty; n = n->vm_avl_right)
		*to_the_left = n;
	for (n = node->vm_avl_right; n != vm_avl_empty; n = n->vm_avl_left)
		*to_the_right = n;

	/// 前驱的 vm_next 应是 node（node 是第一个区间时没有前驱），node 的 vm_next 应是后继（最后一个时为 NULL）。
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
/// §2.3 插入或删除之后恢复平衡。调用者把下降时经过的“指向子树的指针”的地址逐个压栈
/// （第一个是树根指针 &mm->mmap_avl），这里自底向上逐个检查：
/// 某个结点一侧比另一侧高出 2 时做旋转，高度没有变化时即可提前结束——上面的祖先都不会受影响。
/// 栈里存的是“指针的地址”而不是结点，旋转后直接改写这个指针，就把新的子树根挂回了父结点。
/// 2.4.0: mm/mmap_avl.c avl_rebalance()
static void avl_rebalance(struct vm_area_struct ***nodeplaces_ptr, int count)
{
	/// 每轮从栈顶取下一个槽位 slot（父结点里指向这棵子树的那个指针的地址），top 是其中的子树根，
	/// l、r 是它的左右孩子，hl、hr 是左右子树的高度。
	while (count-- > 0) {
		struct vm_area_struct **slot = *--nodeplaces_ptr;
		struct vm_area_struct *top = *slot;
		struct vm_area_struct *l = top->vm_avl_left;
		struct vm_area_struct *r = top->vm_avl_right;
		int hl = heightof(l);
		int hr = heightof(r);

		/// 左边重（左比右高出 2）。看左孩子 l 的两棵子树哪边高，决定单旋转还是双旋转；
		/// inner 是 l 靠里侧的子树（l 的右子树）。
		if (hl > hr + 1) {
			/* Left side two taller: l's inner subtree decides. */
			struct vm_area_struct *inner = l->vm_avl_right;
			int h_inner = heightof(inner);

			/// l 的外侧（左）子树不矮于 inner（“左左”情形）：向右单旋转，l 升为子树根，
			/// top 成为它的右孩子，并接收 inner。高度按新的形状直接写出：top 为 inner 的高度加 1，
			/// l 再加 1。两棵子树等高（只有删除时才会出现）也走这一支，这是 2.4.0 的选择。
			if (heightof(l->vm_avl_left) >= h_inner) {
				/* l rises, top adopts l's inner subtree. */
				top->vm_avl_left = inner;
				top->vm_avl_height = h_inner + 1;
				l->vm_avl_right = top;
				l->vm_avl_height = h_inner + 2;
				*slot = l;
			} else {
				/// “左右”情形：孙结点 inner 升为子树根，l 和 top 分别成为它的左右孩子，
				/// inner 原来的左子树给 l、右子树给 top。双旋转之后三个结点的高度都可以直接写出来：
				/// l 和 top 都等于旋转前 inner 的高度，inner 等于原来左子树的高度 hl。
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
		/// 右边重：与上面完全对称，左右互换（inner 是 r 的左子树）。
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
			/// 不需要旋转：只更新高度。若高度与原来相同，说明这一次插入/删除的影响到此为止，
			/// 栈里剩下的祖先不必再看。
			int height = 1 + (hl > hr ? hl : hr);

			/* Unchanged here, so unchanged all the way up. */
			if (top->vm_avl_height == height)
				break;
			top->vm_avl_height = height;
		}
	}
}

/* Put new_node into the tree *ptree as a leaf, then rebalance. */
/// §2.3 把一个虚存区间作为叶子插入AVL树，再沿路径回溯调整平衡。
/// build_mmap_avl 在区间数首次达到 AVL_MIN_MAP_COUNT 时用它把整个线性队列逐个插入树中。
/// 2.4.0: mm/mmap_avl.c avl_insert()
static inline void avl_insert(struct vm_area_struct *new_node,
			      struct vm_area_struct **ptree)
{
	vm_avl_key_t key = new_node->vm_avl_key;
	/// path 就是路径栈：path[0] 是树根指针 ptree，以下依次是经过的各个孩子指针的地址；depth 是栈中的个数。
	struct vm_area_struct **path[avl_maxheight];
	struct vm_area_struct **slot = ptree;
	struct vm_area_struct *here;
	int depth = 0;

	/* Down to an empty slot, remembering each slot passed. */
	while ((here = *slot) != vm_avl_empty) {
		path[depth++] = slot;
		/// 区间不重叠，正常情况下不会有相等的键；相等时约定放到右边，与 avl_remove 的查找方向一致。
		/* Equal keys go right. */
		slot = key < here->vm_avl_key ? &here->vm_avl_left :
						&here->vm_avl_right;
	}
	new_node->vm_avl_left = vm_avl_empty;
	new_node->vm_avl_right = vm_avl_empty;
	new_node->vm_avl_height = 1;
	/// 新叶子挂进找到的空槽位，然后从它的父结点开始向上调整；path + depth 指在栈顶之上。
	*slot = new_node;
	avl_rebalance(path + depth, depth);
}

/*
 * avl_insert(), also returning the nodes that end up just before and just
 * after new_node in key order: the last node the descent passed on its
 * right and on its left.  (The new leaf has no subtrees, so nothing is
 * closer.)  __insert_vm_struct() links the list with them.
 */
/// §2.3 插入的同时求出新结点在键次序上的左右邻居：__insert_vm_struct 用左邻居确定
/// 新区间在 mmap 线性队列中的位置（挂在左邻居的 vm_next 上），这样有了AVL树以后，
/// 插入也不必从头扫描线性队列。新结点是叶子，没有子树，所以下降路径上最后一次左拐、
/// 右拐处的结点就是它的邻居。
/// 2.4.0: mm/mmap_avl.c avl_insert_neighbours()
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

	/// 与 avl_insert 的下降相同，只是顺便记下：往左走时经过的结点在新结点之上（above，最后一个即后继），
	/// 往右走时经过的在其下（below，最后一个即前驱）。
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
/// §2.3 从AVL树中删除一个虚存区间（do_munmap 把受影响的区间摘下时调用）。
/// 被删结点没有左子树时，用它的右子树顶替它；否则用它的中序前驱（左子树中最右的结点）顶替：
/// 前驱让出自己的位置（由它的左子树接替），再接过被删结点的左右子树和高度。
/// 路径栈中原来记录的“被删结点的左指针”要改成“前驱结点的左指针”，回溯调整才能沿着新的形状进行。
/// 2.4.0: mm/mmap_avl.c avl_remove()
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
			/// 调试版本多一道保护：要删的结点根本不在树里，说明树已经与线性队列不一致。
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

	/// 没有左子树：右子树（可能为空）直接顶替；被删结点那一格不再在路径上，弹出栈顶。
	if (node_to_delete->vm_avl_left == vm_avl_empty) {
		/* The right subtree moves up; this slot leaves the path. */
		*slot = node_to_delete->vm_avl_right;
		depth--;
	} else {
		/// below 是路径栈中紧接在被删结点槽位之后的位置：下面找前驱时第一个压入的正是
		/// &node_to_delete->vm_avl_left。
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
		/// 前驱没有右子树，它的左子树接替它原来的位置；然后前驱接过被删结点的左右子树和高度，
		/// 放进被删结点的槽位。
		*pred_slot = pred->vm_avl_left;
		pred->vm_avl_left = node_to_delete->vm_avl_left;
		pred->vm_avl_right = node_to_delete->vm_avl_right;
		pred->vm_avl_height = node_to_delete->vm_avl_height;
		*slot = pred;
		/// 被删结点已不在树中，栈里记录的 &node_to_delete->vm_avl_left 换成 &pred->vm_avl_left。
		/// 前驱恰是左孩子本身时（循环一次也没执行），below 不在栈内，这次写入没有影响，2.4.0 也照样写。
		/* That step now starts from pred's left pointer. */
		path[below] = &pred->vm_avl_left;
	}
	avl_rebalance(path + depth, depth);
}

#ifdef DEBUG_AVL

/* Print a list of areas as [start-end start-end ...]. */
/// §2.3 调试用：以 [start-end start-end ...] 的形式打印进程的虚存区间线性队列。
/// 本移植的主机测试用它核对打印格式。
/// 2.4.0: mm/mmap_avl.c printk_list()
static void printk_list(struct vm_area_struct *vma)
{
	/// 第一个区间之前不加空格，以后每个区间前加一个。
	const char *gap = "";

	printk("[");
	for (; vma; vma = vma->vm_next) {
		printk("%s%08lX-%08lX", gap, vma->vm_start, vma->vm_end);
		gap = " ";
	}
	printk("]");
}

/* Print a tree in order, as (left<node>right). */
/// §2.3 调试用：按中序打印AVL树，左子树在 '<' 之前、右子树在 '>' 之后，每棵子树加括号，
/// 从输出可以直接看出树的形状。
/// 2.4.0: mm/mmap_avl.c printk_avl()
static void printk_avl(struct vm_area_struct *tree)
{
	struct vm_area_struct *l, *r;

	if (tree == vm_avl_empty)
		return;
	l = tree->vm_avl_left;
	r = tree->vm_avl_right;
	/// 空子树什么也不打印（递归一进去就返回），所以只在子树非空时才加 '<' 或 '>'。
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
/// 出错信息里注明是谁调用了检查，便于定位是哪一步操作破坏了树。
static char *avl_check_point = "somewhere";

/* Every stored height right, every node balanced. */
/// §2.3 调试用：逐个结点核对记录的高度是否等于 1+max(左高,右高)，以及左右高度差是否不超过 1。
/// 2.4.0: mm/mmap_avl.c avl_checkheights()
static void avl_checkheights(struct vm_area_struct *tree)
{
	int hl, hr, high, low;

	if (tree == vm_avl_empty)
		return;
	avl_checkheights(tree->vm_avl_left);
	avl_checkheights(tree->vm_avl_right);
	hl = heightof(tree->vm_avl_left);
	hr = heightof(tree->vm_avl_right);
	/// 先检查两棵子树（后序），再检查本结点：记录的高度应为较高子树的高度加 1，两侧之差不超过 1。
	high = hl > hr ? hl : hr;
	low = hl > hr ? hr : hl;
	if (tree->vm_avl_height != high + 1 || high > low + 1)
		printk("%s: avl_checkheights: heights inconsistent\n",
		       avl_check_point);
}

/* Every key in tree below key. */
/// §2.3 调试用：左子树里每个键都必须小于上面结点的键。
/// 2.4.0: mm/mmap_avl.c avl_checkleft()
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
/// §2.3 调试用：右子树里每个键都必须大于上面结点的键。
/// 2.4.0: mm/mmap_avl.c avl_checkright()
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
/// §2.3 调试用：对每个结点检查其左右子树的键序；合起来即保证中序遍历严格递增。
/// 2.4.0: mm/mmap_avl.c avl_checkorder()
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
/// §2.3 调试用：对进程的AVL树做全部检查。这些检查只在出错时打印，
/// 本移植的主机测试（tests/host/shim/vma_host.c）在每一步操作之后调用它们，并要求没有输出。
/// 2.4.0: mm/mmap_avl.c avl_check()
static void avl_check(struct task_struct *task, char *caller)
{
	struct vm_area_struct *root = task->mm->mmap_avl;

	avl_check_point = caller;
	avl_checkheights(root);
	avl_checkorder(root);
}

#endif /* DEBUG_AVL */
