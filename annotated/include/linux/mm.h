/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The memory manager's central definitions: struct page and mem_map, the
 * page flag bits, virtual memory areas, the GFP flags and the page
 * allocator's interface.
 * 情景分析 §2.3, §2.7.  Follows Linux 2.4.0 include/linux/mm.h.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/sched.h>
#include <linux/errno.h>

#ifdef __KERNEL__

#include <linux/config.h>
#include <linux/string.h>
#include <linux/list.h>
#include <linux/mmzone.h>
#include <linux/wait.h>

/// §2.3 max_mapnr：mem_map 的项数（VALID_PAGE 以它为界）；num_physpages：物理页面总数；
/// high_memory：直接映射区的末端（内核虚拟地址）。三者由 mem_init 设置，定义在 mm/memory.c。
extern unsigned long max_mapnr;
extern unsigned long num_physpages;
extern void *high_memory;
extern int page_cluster;
/* The active and inactive_dirty lists are global; inactive_clean is per zone. */
/// 活跃队列和不活跃脏队列是全局的，定义在 mm/page_alloc.c，由 free_area_init_core 初始化。
extern struct list_head active_list;
extern struct list_head inactive_dirty_list;

#include <asm/page.h>
#include <asm/atomic.h>
#include <asm/bitops.h>

struct mm_struct;
struct file;
struct inode;
struct address_space;
struct buffer_head;
struct sysinfo;

/*
 * A virtual memory area: one run of a process's address space
 * [vm_start, vm_end) with the same protection and the same backing.
 * vm_next links a process's areas in address order; the vm_avl_* fields
 * form the AVL tree built once a process has many areas; vm_next_share
 * and vm_pprev_share link the areas that map the same file.
 */
/// §2.3 虚存区间：进程用户空间中属性相同的一段 [vm_start, vm_end)。字段及其次序与 2.4.0 相同：
/// vm_next 按地址把区间串成单链表；区间多于 32 个时另建 AVL 树（vm_avl_*）以加快 find_vma；
/// vm_next_share / vm_pprev_share 把映射同一文件的区间串起来。
struct vm_area_struct {
	struct mm_struct *vm_mm;
	unsigned long vm_start;
	unsigned long vm_end;

	struct vm_area_struct *vm_next;

	pgprot_t vm_page_prot;
	unsigned long vm_flags;

	short vm_avl_height;
	struct vm_area_struct *vm_avl_left;
	struct vm_area_struct *vm_avl_right;

	struct vm_area_struct *vm_next_share;
	struct vm_area_struct **vm_pprev_share;

	struct vm_operations_struct *vm_ops;
	/// 注意 vm_pgoff 以页为单位，不是字节（2.4 的改动）。
	unsigned long vm_pgoff;		/* offset in the file, in pages */
	struct file *vm_file;
	unsigned long vm_raend;		/* where read-ahead ends */
	void *vm_private_data;
};

/* vm_flags.  The low four bits index protection_map[]. */
/// §2.3 区间的属性。低 4 位（读、写、执行、共享）直接作为 protection_map[] 的下标。
#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008

/// VM_MAY*：mprotect 以后还能打开的权限，由打开文件的方式决定。
#define VM_MAYREAD	0x00000010	/* what mprotect may still allow */
#define VM_MAYWRITE	0x00000020
#define VM_MAYEXEC	0x00000040
#define VM_MAYSHARE	0x00000080

#define VM_GROWSDOWN	0x00000100	/* a stack */
#define VM_GROWSUP	0x00000200
#define VM_SHM		0x00000400
#define VM_DENYWRITE	0x00000800	/* the file may not be written */

#define VM_EXECUTABLE	0x00001000
#define VM_LOCKED	0x00002000
#define VM_IO		0x00004000	/* device memory: never swapped */

#define VM_SEQ_READ	0x00008000	/* madvise read-ahead hints */
#define VM_RAND_READ	0x00010000

#define VM_DONTCOPY	0x00020000	/* not inherited by fork */
#define VM_DONTEXPAND	0x00040000	/* mremap may not grow it */
#define VM_RESERVED	0x00080000	/* not swapped out */

/// 用户堆栈：GROWSDOWN 加上可读写执行及相应的 MAY 位。
#define VM_STACK_FLAGS	0x00000177

#define VM_READHINTMASK			(VM_SEQ_READ | VM_RAND_READ)
#define VM_ClearReadHint(v)		(v)->vm_flags &= ~VM_READHINTMASK
#define VM_NormalReadHint(v)		(!((v)->vm_flags & VM_READHINTMASK))
#define VM_SequentialReadHint(v)	((v)->vm_flags & VM_SEQ_READ)
#define VM_RandomReadHint(v)		((v)->vm_flags & VM_RAND_READ)

/* Hardware protection for each combination of the low four vm_flags bits. */
extern pgprot_t protection_map[16];

/*
 * What an area's backing object does when the area is duplicated
 * (open), removed (close), or touched where no page is present (nopage).
 */
/// §2.3 虚存区间的操作：2.4.0 中只有 open、close、nopage 三个。nopage 的第三个参数是写访问标志，
/// 文件映射据此决定能否直接给出页面高速缓存中的页面（不用先复制）。
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	struct page *(*nopage)(struct vm_area_struct *area,
			       unsigned long address, int write_access);
};

/*
 * One struct page per physical page frame, all of them in the array
 * mem_map.  While the page is free, list links it on a buddy free list;
 * in the page cache it links the page on its mapping's lists and
 * (mapping, index) name its contents; lru links it on one of the active,
 * inactive_dirty or inactive_clean lists.
 */
/// §2.3 页面描述结构：每个物理页框一个，全部放在数组 mem_map 中，页框号就是下标。
/// 字段次序与 2.4.0 相同。空闲时 list 把块的第一个页面链在伙伴系统的空闲队列上；
/// 在页面高速缓存中时 list 链在 mapping 的队列上，(mapping, index) 标明页面的内容，
/// next_hash/pprev_hash 是杂凑队列，lru 链在活跃、不活跃脏或不活跃干净队列之一上。
typedef struct page {
	struct list_head list;
	struct address_space *mapping;
	unsigned long index;
	struct page *next_hash;
	/// 引用计数：0 表示空闲。只有在 put_page_testzero 把它减到 0 的那个人才释放页面。
	atomic_t count;
	unsigned long flags;	/* PG_* bits, updated atomically */
	struct list_head lru;
	/// 2.4.0 页面老化用的寿命（2.4.10 以后删去了）。
	unsigned long age;
	/// 等待本页面解锁（I/O 完成）的进程。单 CPU 下其中的自旋锁大小为 0，所以 struct page 为 64 字节。
	wait_queue_head_t wait;
	struct page **pprev_hash;
	struct buffer_head *buffers;
	/// 页面在内核空间的虚拟地址：DMA、Normal 管理区的页面在 free_area_init_core 中设为 __va(物理地址)，
	/// HighMem 页面没有固定映射，为 NULL（要用时 kmap）。
	void *virtual;		/* kernel address, NULL if not mapped */
	/// 页面所属的管理区，释放时据此找回伙伴系统。
	struct zone_struct *zone;
} mem_map_t;

/// §2.6 增加、减少引用；put_page 就是 __free_page：减到 0 时页面回到伙伴系统。
#define get_page(p)		atomic_inc(&(p)->count)
#define put_page(p)		__free_page(p)
#define put_page_testzero(p)	atomic_dec_and_test(&(p)->count)
#define page_count(p)		atomic_read(&(p)->count)
#define set_page_count(p, v)	atomic_set(&(p)->count, v)

/* page->flags bits. */
/// §2.3 页面标志位，编号与 2.4.0 相同（2.4.10 以后重新编排过）。
#define PG_locked		 0	/* under I/O, or held exclusively */
#define PG_error		 1
#define PG_referenced		 2
#define PG_uptodate		 3
#define PG_dirty		 4
/// PG_decr_after：异步交换 I/O（换出或预读）完成时要把 nr_async_pages 减一。
#define PG_decr_after		 5
#define PG_active		 6
#define PG_inactive_dirty	 7
#define PG_slab			 8
#define PG_swap_cache		 9
#define PG_skip			10
/// PG_active、PG_inactive_dirty、PG_inactive_clean 表示页面在哪个 LRU 队列上，至多一个为 1；
/// 在任何队列上的页面都不许释放（__free_pages_ok 检查）。
#define PG_inactive_clean	11
#define PG_highmem		12
				/* bits 13..29 unused */
#define PG_arch_1		30
/// 保留页面：内核映像、mem_map、空洞、I/O 区域等，永远不进伙伴系统，也不会被换出。
/// free_area_init_core 先把所有页面都设成保留，free_all_bootmem 再清掉真正空闲的。
#define PG_reserved		31

#define Page_Uptodate(page)	test_bit(PG_uptodate, &(page)->flags)
#define SetPageUptodate(page)	set_bit(PG_uptodate, &(page)->flags)
#define ClearPageUptodate(page)	clear_bit(PG_uptodate, &(page)->flags)
#define PageDirty(page)		test_bit(PG_dirty, &(page)->flags)
#define SetPageDirty(page)	set_bit(PG_dirty, &(page)->flags)
#define ClearPageDirty(page)	clear_bit(PG_dirty, &(page)->flags)
#define PageLocked(page)	test_bit(PG_locked, &(page)->flags)
#define LockPage(page)		set_bit(PG_locked, &(page)->flags)
#define TryLockPage(page)	test_and_set_bit(PG_locked, &(page)->flags)

/*
 * Unlocking a page that is not locked is a bug.  Whoever sleeps on
 * page->wait is woken (wake_up comes with <linux/sched.h>).
 */
/// 解锁一个未加锁的页面是 BUG；解锁后唤醒等在 page->wait 上的进程（wake_up 在 sched.h 中）。
#define UnlockPage(page)	do { \
		smp_mb__before_clear_bit(); \
		if (!test_and_clear_bit(PG_locked, &(page)->flags)) \
			BUG(); \
		smp_mb__after_clear_bit(); \
		if (waitqueue_active(&(page)->wait)) \
			wake_up(&(page)->wait); \
	} while (0)

#define PageError(page)		test_bit(PG_error, &(page)->flags)
#define SetPageError(page)	set_bit(PG_error, &(page)->flags)
#define ClearPageError(page)	clear_bit(PG_error, &(page)->flags)
#define PageReferenced(page)	test_bit(PG_referenced, &(page)->flags)
#define SetPageReferenced(page)	set_bit(PG_referenced, &(page)->flags)
#define ClearPageReferenced(page) clear_bit(PG_referenced, &(page)->flags)
#define PageTestandClearReferenced(page) \
	test_and_clear_bit(PG_referenced, &(page)->flags)
#define PageDecrAfter(page)	test_bit(PG_decr_after, &(page)->flags)
#define SetPageDecrAfter(page)	set_bit(PG_decr_after, &(page)->flags)
#define PageTestandClearDecrAfter(page) \
	test_and_clear_bit(PG_decr_after, &(page)->flags)
#define PageSlab(page)		test_bit(PG_slab, &(page)->flags)
#define PageSetSlab(page)	set_bit(PG_slab, &(page)->flags)
#define PageClearSlab(page)	clear_bit(PG_slab, &(page)->flags)
#define PageSwapCache(page)	test_bit(PG_swap_cache, &(page)->flags)
#define PageSetSwapCache(page)	set_bit(PG_swap_cache, &(page)->flags)
#define PageTestandSetSwapCache(page) \
	test_and_set_bit(PG_swap_cache, &(page)->flags)
#define PageClearSwapCache(page) clear_bit(PG_swap_cache, &(page)->flags)
#define PageTestandClearSwapCache(page) \
	test_and_clear_bit(PG_swap_cache, &(page)->flags)

#define PageActive(page)	test_bit(PG_active, &(page)->flags)
#define SetPageActive(page)	set_bit(PG_active, &(page)->flags)
#define ClearPageActive(page)	clear_bit(PG_active, &(page)->flags)

#define PageInactiveDirty(page)	test_bit(PG_inactive_dirty, &(page)->flags)
#define SetPageInactiveDirty(page) set_bit(PG_inactive_dirty, &(page)->flags)
#define ClearPageInactiveDirty(page) \
	clear_bit(PG_inactive_dirty, &(page)->flags)

#define PageInactiveClean(page)	test_bit(PG_inactive_clean, &(page)->flags)
#define SetPageInactiveClean(page) set_bit(PG_inactive_clean, &(page)->flags)
#define ClearPageInactiveClean(page) \
	clear_bit(PG_inactive_clean, &(page)->flags)

#ifdef CONFIG_HIGHMEM
/// 配置了 HIGHMEM 时，mem_init 给高端内存的每个页面设上 PG_highmem。
#define PageHighMem(page)	test_bit(PG_highmem, &(page)->flags)
#else
#define PageHighMem(page)	0	/* never, without HIGHMEM */
#endif

#define SetPageReserved(page)	set_bit(PG_reserved, &(page)->flags)
#define ClearPageReserved(page)	clear_bit(PG_reserved, &(page)->flags)
#define PageReserved(page)	test_bit(PG_reserved, &(page)->flags)

/* Only the first writer of a clean page tells the page cache. */
extern void __set_page_dirty(struct page *);

/// §2.6 把页面标为脏；只有从干净变脏的那一次才通知页面高速缓存（把页面移到 mapping 的脏队列）。
/// 2.4.0: include/linux/mm.h set_page_dirty()
static inline void set_page_dirty(struct page *page)
{
	if (!test_and_set_bit(PG_dirty, &page->flags))
		__set_page_dirty(page);
}

/* What a nopage method returns when it has no page to give. */
/// nopage 方法的两种失败：越过文件末尾（发 SIGBUS）与内存不足。
#define NOPAGE_SIGBUS	(NULL)
#define NOPAGE_OOM	((struct page *) (-1))

extern mem_map_t *mem_map;

/* The kernel virtual address of a (non-highmem) page. */
/// §2.3 页面的内核虚拟地址就是 page->virtual（高端内存页面为 NULL）。
#define page_address(page)	((page)->virtual)

/*
 * The page allocator (mm/page_alloc.c).  alloc_pages() picks the
 * zonelist by gfp_mask; __alloc_pages() walks it.
 */
/// §2.7 2.4.0 的接口：__alloc_pages 只接收分配策略和阶，gfp_mask 从 zonelist->gfp_mask 取回
/// （2.4.16 改成了 __alloc_pages(gfp_mask, order, zonelist)）。
/// 2.4.0 在这些原型上加了 FASTCALL（regparm(3)），本移植的 linkage.h 没有它，按普通调用约定。
extern struct page *__alloc_pages(zonelist_t *zonelist, unsigned long order);
extern struct page *alloc_pages_node(int nid, int gfp_mask,
				     unsigned long order);

#ifndef CONFIG_DISCONTIGMEM
/// §2.7 物理页面的分配入口：超过 MAX_ORDER-1 的阶直接失败（不计入 memory_pressure，也不打印），
/// 否则以 gfp_mask 为下标取出分配策略，交给 __alloc_pages。
/// 2.4.0: include/linux/mm.h alloc_pages()
static inline struct page *alloc_pages(int gfp_mask, unsigned long order)
{
	/* Orders the buddy system does not have fail at once. */
	if (order >= MAX_ORDER)
		return NULL;
	return __alloc_pages(contig_page_data.node_zonelists + (gfp_mask),
			     order);
}
#else
extern struct page *alloc_pages(int gfp_mask, unsigned long order);
#endif

#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)

extern unsigned long __get_free_pages(int gfp_mask, unsigned long order);
extern unsigned long get_zeroed_page(int gfp_mask);

#define __get_free_page(gfp_mask) \
		__get_free_pages((gfp_mask), 0)

/// 加上 GFP_DMA：分配策略只剩 DMA 管理区。
#define __get_dma_pages(gfp_mask, order) \
		__get_free_pages((gfp_mask) | GFP_DMA, (order))

/* An old name: the page comes back cleared. */
#define get_free_page get_zeroed_page

extern void __free_pages(struct page *page, unsigned long order);
extern void free_pages(unsigned long addr, unsigned long order);

/// §2.7 释放一个页面；free_page 按内核虚拟地址释放。
#define __free_page(page)	__free_pages((page), 0)
#define free_page(addr)		free_pages((addr), 0)

extern void show_free_areas(void);
extern void show_free_areas_node(int nid);

extern void free_area_init(unsigned long *zones_size);
extern void free_area_init_node(int nid, pg_data_t *pgdat,
	struct page *pmap, unsigned long *zones_size,
	unsigned long zone_start_paddr, unsigned long *zholes_size);
extern void mem_init(void);
extern void si_meminfo(struct sysinfo *val);

/* memory.c: the page-table side of the areas below. */
extern void clear_page_tables(struct mm_struct *mm, unsigned long first,
			      int nr);
extern struct page *shmem_nopage(struct vm_area_struct *vma,
				 unsigned long address, int no_share);
extern struct file *shmem_file_setup(char *name, loff_t size);
extern int shmem_zero_setup(struct vm_area_struct *);
extern void zap_page_range(struct mm_struct *mm, unsigned long address,
			   unsigned long size);
/// §2.4/§2.5：mm/memory.c 的其余对外函数：fork 的 copy_page_range（写时拷贝的建立），驱动 mmap 用的
/// remap_page_range、读 /dev/zero 用的 zeromap_page_range，缺页异常的 handle_mm_fault（do_page_fault 调用），
/// 以及页面表缓存的 check_pgt_cache。
extern int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
			   struct vm_area_struct *vma);
extern int remap_page_range(unsigned long from, unsigned long to,
			    unsigned long size, pgprot_t prot);
extern int zeromap_page_range(unsigned long from, unsigned long size,
			      pgprot_t prot);
extern int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long address, int write_access);
extern int make_pages_present(unsigned long addr, unsigned long end);
extern void vmtruncate(struct inode *inode, loff_t offset);
extern int check_pgt_cache(void);

/* filemap.c: the page cache and file mappings. */
extern void remove_inode_page(struct page *);
/// 调用者已持有 pagecache_lock 时用的版本；交换缓存删除页面（reclaim_page 路径）要用它。
extern void __remove_inode_page(struct page *);
extern void truncate_inode_pages(struct address_space *, loff_t);
extern int filemap_sync(struct vm_area_struct *, unsigned long, size_t,
			unsigned int);
extern struct page *filemap_nopage(struct vm_area_struct *, unsigned long,
				   int);

/* mmap.c: a process's virtual memory areas. */
extern void lock_vma_mappings(struct vm_area_struct *);
extern void unlock_vma_mappings(struct vm_area_struct *);
extern void insert_vm_struct(struct mm_struct *, struct vm_area_struct *);
extern void __insert_vm_struct(struct mm_struct *, struct vm_area_struct *);
extern void build_mmap_avl(struct mm_struct *);
extern void exit_mmap(struct mm_struct *);
extern unsigned long get_unmapped_area(unsigned long, unsigned long);

extern unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
	unsigned long len, unsigned long prot, unsigned long flag,
	unsigned long pgoff);

/* A byte offset must be page aligned and must not wrap with the length. */
/// §2.13 系统调用 mmap() 的内核入口之一：把以字节计的文件位移换成页号交给 do_mmap_pgoff；
/// 位移不按页对齐，或加上长度后回绕，都返回 -EINVAL。
/// 2.4.0: include/linux/mm.h do_mmap()
static inline unsigned long do_mmap(struct file *file, unsigned long addr,
	unsigned long len, unsigned long prot, unsigned long flag,
	unsigned long offset)
{
	unsigned long last = offset + PAGE_ALIGN(len);

	/// 先查回绕：长度先按页向上取整再相加，和小于原位移就是越过了 4GB。
	if (last < offset)
		return -EINVAL;		/* past 4 GB of the file */
	if (offset & ~PAGE_MASK)
		return -EINVAL;
	return do_mmap_pgoff(file, addr, len, prot, flag, offset >> PAGE_SHIFT);
}

extern int do_munmap(struct mm_struct *, unsigned long, size_t);
extern unsigned long do_brk(unsigned long, unsigned long);

/*
 * address lies below vma, a stack (VM_GROWSDOWN): move vm_start down to
 * take it in, within the stack and address-space limits.  No page is
 * allocated; the access is retried and faults the page in.
 */
/// §2.5 用户堆栈的扩展：把堆栈区间的起点下移到 address 所在的页，只改区间，不分配页面；
/// 超过 RLIMIT_STACK 或 RLIMIT_AS 就返回 -ENOMEM，缺页处理随后按越界访问处理。
/// 2.4.0: include/linux/mm.h expand_stack()
static inline int expand_stack(struct vm_area_struct *vma,
			       unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long new_start = address & PAGE_MASK;
	unsigned long pages = (vma->vm_start - new_start) >> PAGE_SHIFT;

	/* The stack's size after growing, and the whole address space's. */
	/// 两个限制：扩展后的堆栈大小（vm_end 减去新起点）不超过 RLIMIT_STACK，
	/// 整个地址空间的页数加上新增页数不超过 RLIMIT_AS；恰好相等是允许的。
	if (vma->vm_end - new_start > current->rlim[RLIMIT_STACK].rlim_cur)
		return -ENOMEM;
	if (((mm->total_vm + pages) << PAGE_SHIFT) >
	    current->rlim[RLIMIT_AS].rlim_cur)
		return -ENOMEM;

	/* Growing down: the file offset of vm_start goes down as well. */
	vma->vm_start = new_start;
	/// 堆栈向下扩展，区间起点在（假想的）文件中的位移也随之减小，保持 vm_pgoff 与 vm_start 对应。
	vma->vm_pgoff -= pages;
	mm->total_vm += pages;
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm += pages;
	return 0;
}

extern struct vm_area_struct *find_vma(struct mm_struct *mm,
				       unsigned long addr);
extern struct vm_area_struct *find_vma_prev(struct mm_struct *mm,
	unsigned long addr, struct vm_area_struct **pprev);

/* The first area overlapping [start_addr, end_addr), or NULL. */
/// §2.12 找与 [start_addr, end_addr) 相交的第一个虚存区间：find_vma 给出第一个结束在 start_addr
/// 之后的区间，它若开始于 end_addr 或更后，就不相交。brk() 用它检查新区间有没有与已有区间重叠。
/// 2.4.0: include/linux/mm.h find_vma_intersection()
static inline struct vm_area_struct *find_vma_intersection(
	struct mm_struct *mm, unsigned long start_addr, unsigned long end_addr)
{
	struct vm_area_struct *first = find_vma(mm, start_addr);

	/* It ends above start_addr; it must also begin below end_addr. */
	if (first == NULL || first->vm_start >= end_addr)
		return NULL;
	return first;
}

extern struct vm_area_struct *find_extend_vma(struct mm_struct *mm,
					      unsigned long addr);

/*
 * GFP ("get free pages") flags: what an allocation may do to succeed.
 * These are 2.4.0's values (later 2.4 kernels renumbered them).
 */
/// §2.7 GFP 标志，取 2.4.0 的数值（2.4.16 完全重新编号）。
/// __GFP_WAIT 可以睡眠等待回收；__GFP_IO 可以启动 I/O（如换出）；__GFP_HIGH 在 2.4.0 的
/// __alloc_pages 里根本没人看，动用后备页面靠的是 PF_MEMALLOC 和 pages_min/4 的规则。
#define __GFP_WAIT	0x01	/* may sleep */
#define __GFP_HIGH	0x02	/* high priority (the 2.4.0 allocator ignores it) */
#define __GFP_IO	0x04	/* may start I/O */
#define __GFP_DMA	0x08	/* must come from the DMA zone */
/// 没有配置 HIGHMEM 时 __GFP_HIGHMEM 为 0，GFP_HIGHUSER 与 GFP_USER 相同。
#ifdef CONFIG_HIGHMEM
#define __GFP_HIGHMEM	0x10	/* may come from the HighMem zone */
#else
#define __GFP_HIGHMEM	0x0	/* there is no HighMem zone */
#endif

/// 常用组合：GFP_ATOMIC 不能睡眠（中断中用），GFP_KERNEL 可以睡眠、可以做 I/O，
/// GFP_BUFFER 可以睡眠但不能做 I/O（避免缓冲区代码递归进入文件系统）。
#define GFP_BUFFER	(__GFP_HIGH | __GFP_WAIT)
#define GFP_ATOMIC	(__GFP_HIGH)
#define GFP_USER	(__GFP_WAIT | __GFP_IO)
#define GFP_HIGHUSER	(GFP_USER | __GFP_HIGHMEM)
#define GFP_KERNEL	(__GFP_HIGH | __GFP_WAIT | __GFP_IO)
#define GFP_NFS		(__GFP_HIGH | __GFP_WAIT | __GFP_IO)
#define GFP_KSWAPD	(__GFP_IO)

/* Zone modifiers, for callers that say which memory they need. */
#define GFP_DMA		__GFP_DMA
#define GFP_HIGHMEM	__GFP_HIGHMEM

/* Has the buffer cache or the page cache shrunk below its minimum share? */
#define buffer_under_min()	(atomic_read(&buffermem_pages) * 100 < \
				buffer_mem.min_percent * num_physpages)
#define pgcache_under_min()	(atomic_read(&page_cache_size) * 100 < \
				page_cache.min_percent * num_physpages)

#endif /* __KERNEL__ */

#endif /* _LINUX_MM_H */
