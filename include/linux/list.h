/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Circular doubly linked lists threaded through the structures they link.
 * 情景分析 §2.3.  Follows Linux 2.4.0 include/linux/list.h.
 */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#ifdef __KERNEL__

/* A list head is also a list element: an empty list points at itself. */
struct list_head {
	struct list_head *next, *prev;
};

#define LIST_HEAD_INIT(name) { &(name), &(name) }

#define LIST_HEAD(name) \
	struct list_head name = LIST_HEAD_INIT(name)

#define INIT_LIST_HEAD(ptr) do { \
	(ptr)->next = (ptr); (ptr)->prev = (ptr); \
} while (0)

/* Link new between two entries already known to be neighbours. */
static __inline__ void __list_add(struct list_head *new,
				  struct list_head *prev,
				  struct list_head *next)
{
	new->prev = prev;
	new->next = next;
	prev->next = new;
	next->prev = new;
}

/* Insert new right after head (stack order). */
static __inline__ void list_add(struct list_head *new, struct list_head *head)
{
	__list_add(new, head, head->next);
}

/* Insert new right before head, i.e. at the tail (queue order). */
static __inline__ void list_add_tail(struct list_head *new,
				     struct list_head *head)
{
	__list_add(new, head->prev, head);
}

/* Make prev and next neighbours, dropping whatever was between them. */
static __inline__ void __list_del(struct list_head *prev,
				  struct list_head *next)
{
	prev->next = next;
	next->prev = prev;
}

/* Unlink entry; its own pointers are left as they were. */
static __inline__ void list_del(struct list_head *entry)
{
	__list_del(entry->prev, entry->next);
}

/* Unlink entry and make it an empty list of its own. */
static __inline__ void list_del_init(struct list_head *entry)
{
	list_del(entry);
	INIT_LIST_HEAD(entry);
}

static __inline__ int list_empty(struct list_head *head)
{
	return head->next == head;
}

/* Move every entry of list to the front of head; list is left stale. */
static __inline__ void list_splice(struct list_head *list,
				   struct list_head *head)
{
	struct list_head *first, *last, *old_first;

	if (list_empty(list))
		return;
	first = list->next;
	last = list->prev;
	old_first = head->next;

	head->next = first;
	first->prev = head;
	last->next = old_first;
	old_first->prev = last;
}

/* From a pointer to the embedded list_head back to its container. */
#define list_entry(ptr, type, member) \
	((type *)((char *)(ptr) - (unsigned long)(&((type *)0)->member)))

#define list_for_each(pos, head) \
	for (pos = (head)->next; pos != (head); pos = pos->next)

#endif /* __KERNEL__ */

#endif /* _LINUX_LIST_H */
