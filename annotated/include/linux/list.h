/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Circular doubly linked lists threaded through the structures they link.
 * 情景分析 §2.3.  Follows Linux 2.4.0 include/linux/list.h.
 */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#ifdef __KERNEL__

/* A list head is also a list element: an empty list points at itself. */
/// §2.3 双向循环链表。list_head 嵌在被链接的结构里（例如页面描述结构 page 的 list 和 lru），
/// 链表操作只动这两个指针，与宿主结构的类型无关：伙伴系统的空闲队列、LRU 队列、
/// 管理区的 inactive_clean_list 都是这种链表。
struct list_head {
	struct list_head *next, *prev;
};

/// 空链表就是表头的两个指针都指向自己，所以不需要 NULL 判断。
#define LIST_HEAD_INIT(name) { &(name), &(name) }

#define LIST_HEAD(name) \
	struct list_head name = LIST_HEAD_INIT(name)

#define INIT_LIST_HEAD(ptr) do { \
	(ptr)->next = (ptr); (ptr)->prev = (ptr); \
} while (0)

/* Link new between two entries already known to be neighbours. */
/// §2.3 在两个已知相邻的节点之间插入 new；各种插入操作都归结到这里。
/// 2.4.0: include/linux/list.h __list_add()
static __inline__ void __list_add(struct list_head *new,
				  struct list_head *prev,
				  struct list_head *next)
{
	/// 先让 new 自己的两个指针指好前后邻居，再让邻居反过来指向它：四个指针各改一次。
	new->prev = prev;
	new->next = next;
	prev->next = new;
	next->prev = new;
}

/* Insert new right after head (stack order). */
/// §2.3 插在表头之后，即后进先出。伙伴系统把释放的块挂到空闲队列头上，rmqueue 又从头上取，
/// 所以刚释放、可能还在高速缓存里的块最先被重新分配（memlist_add_head 就是它）。
/// 2.4.0: include/linux/list.h list_add()
static __inline__ void list_add(struct list_head *new, struct list_head *head)
{
	__list_add(new, head, head->next);
}

/* Insert new right before head, i.e. at the tail (queue order). */
/// §2.3 插在表头之前，即队尾，得到先进先出的次序。
/// 2.4.0: include/linux/list.h list_add_tail()
static __inline__ void list_add_tail(struct list_head *new,
				     struct list_head *head)
{
	__list_add(new, head->prev, head);
}

/* Make prev and next neighbours, dropping whatever was between them. */
/// §2.3 让 prev 和 next 直接相连，夹在中间的节点就离开了链表。
/// 2.4.0: include/linux/list.h __list_del()
static __inline__ void __list_del(struct list_head *prev,
				  struct list_head *next)
{
	prev->next = next;
	next->prev = prev;
}

/* Unlink entry; its own pointers are left as they were. */
/// §2.3 摘下一个节点。2.4.0 不清理被摘节点自己的指针，它仍指向原来的邻居，
/// 摘下后再经由它遍历是错误的；需要“摘下后仍可判空”时用 list_del_init。
/// 2.4.0: include/linux/list.h list_del()
static __inline__ void list_del(struct list_head *entry)
{
	__list_del(entry->prev, entry->next);
}

/* Unlink entry and make it an empty list of its own. */
/// §2.3 摘下后让节点自成一个空链表，此后 list_empty() 对它为真。
/// 2.4.0: include/linux/list.h list_del_init()
static __inline__ void list_del_init(struct list_head *entry)
{
	/// 摘链与 list_del 完全相同，多出来的只是把节点自己的两个指针指回自身。
	list_del(entry);
	INIT_LIST_HEAD(entry);
}

/// §2.3 表头指向自己即为空。rmqueue 判断某一阶的空闲队列是否为空用的就是这个道理。
/// 2.4.0: include/linux/list.h list_empty()
static __inline__ int list_empty(struct list_head *head)
{
	return head->next == head;
}

/* Move every entry of list to the front of head; list is left stale. */
/// §2.3 把整条链表接到 head 之后（接在最前面）。原表头 list 不被修改，仍指着已经搬走的节点，
/// 调用者若还要用它，须重新初始化。
/// 2.4.0: include/linux/list.h list_splice()
static __inline__ void list_splice(struct list_head *list,
				   struct list_head *head)
{
	struct list_head *first, *last, *old_first;

	/// 空链表没有可搬的节点，什么也不做（否则会把 list 表头自己接进 head）。
	if (list_empty(list))
		return;
	first = list->next;
	last = list->prev;
	old_first = head->next;

	/// 搬来的一串 first…last 夹在 head 与它原来的第一个节点 old_first 之间：
	/// 两端各接两个指针，中间的节点一个也不用动，所以代价与链表长短无关。
	head->next = first;
	first->prev = head;
	last->next = old_first;
	old_first->prev = last;
}

/* From a pointer to the embedded list_head back to its container. */
/// 由嵌入的 list_head 的地址减去它在宿主结构中的位移，得到宿主结构的地址。
/// 例如 rmqueue 从空闲队列的节点得到页面描述结构：list_entry(curr, struct page, list)。
#define list_entry(ptr, type, member) \
	((type *)((char *)(ptr) - (unsigned long)(&((type *)0)->member)))

/// 遍历时不能摘下 pos 本身（摘下后 pos->next 已不可靠）。
#define list_for_each(pos, head) \
	for (pos = (head)->next; pos != (head); pos = pos->next)

#endif /* __KERNEL__ */

#endif /* _LINUX_LIST_H */
