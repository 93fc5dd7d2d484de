// SPDX-License-Identifier: GPL-2.0-only
/*
 * vmalloc: virtually contiguous kernel memory built from pages that need
 * not be physically contiguous, mapped through init_mm's page tables
 * between VMALLOC_START and VMALLOC_END.  get_vm_area also serves
 * ioremap.
 * 情景分析 §2.10, §2.11.  Follows Linux 2.4.0 mm/vmalloc.c.
 */
/// §2.10 内核缓冲区的管理（vmalloc 部分）、§2.11 外部设备存储空间的地址映射（get_vm_area）：内核虚拟空间 VMALLOC_START 至
/// VMALLOC_END 之间的区间管理。一个区间由 struct vm_struct 描述，按地址串在 vmlist 上，分配时从低到高找第一个放得下的空隙
/// （first fit），每个区间后面空出一页作为隔离。vmalloc 为区间的每一页分配物理页面并写进内核页面表；ioremap 则映射设备的物理地址。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/* Port: linux/smp_lock.h is not ported; uniprocessor, so no-ops as there. */
/// 与 2.4.0 的差别：2.4.0 包含 linux/smp_lock.h，vmalloc_area_pages() 在“大内核锁”下修改页面表。本移植还没有 smp_lock.h；单处理器时
/// 2.4.0 的 lock_kernel()/unlock_kernel() 本来就是空操作，这里直接定义成空操作。
#define lock_kernel()		do { } while (0)
#define unlock_kernel()		do { } while (0)

rwlock_t vmlist_lock = RW_LOCK_UNLOCKED;
/// 所有区间，按起始地址从低到高排列。
struct vm_struct *vmlist;

/*
 * Clear the ptes of [address, address + size) within one page table and
 * free the pages they mapped (not reserved ones: ioremap'ed memory).
 */
/// §2.10：在一张页面表的范围内拆除映射：逐项读出并清零（ptep_get_and_clear），映射的若是普通页面就还给伙伴系统。
/// 保留页面不释放：ioremap 映射的内核映像之类；物理地址超出 mem_map 的（设备内存）VALID_PAGE 不成立，也不释放。
/// 2.4.0: mm/vmalloc.c free_area_pte()
static inline void free_area_pte(pmd_t *pmd, unsigned long address,
				 unsigned long size)
{
	unsigned long off, stop;
	pte_t *ptep;

	/// 这一段从没建过页面表：没有可拆的。目录项内容不对（如属性位被破坏）：报告并清掉，转到函数末尾的 bad 处理。
	if (pmd_none(*pmd))
		return;
	if (pmd_bad(*pmd))
		goto bad;
	ptep = pte_offset(pmd, address);
	/// off 是 4 MB 内的偏移，stop 不超过本页面表的末端，超出部分由上一层交给下一张页面表。
	off = address & ~PMD_MASK;		/* within this table */
	stop = off + size;
	if (stop > PMD_SIZE)
		stop = PMD_SIZE;
	/// do-while：与 2.4.0 一样至少处理一项（调用者给的长度总不为 0，vfree 的长度还包括隔离页）。continue 会跳到循环末尾的条件，
	/// 偏移照样前进。
	do {
		/// 读出并清零，指针随即移到下一项：不管旧值是什么，这一项都已经空了。
		pte_t old = ptep_get_and_clear(ptep++);
		struct page *pg;

		/// 隔离页和没有映射的页：空表项，跳过。
		if (pte_none(old))
			continue;
		/// 内核页面表里不该出现交换项（内核页面从不换出），出现了只能报告，那个页面也就找不回来了。文字沿用 2.4.0。
		if (!pte_present(old)) {
			/* a kernel page is never swapped: complain, go on */
			printk(KERN_CRIT "Whee.. Swapped out page in kernel "
			       "page table\n");
			continue;
		}
		pg = pte_page(old);
		if (VALID_PAGE(pg) && !PageReserved(pg))
			__free_page(pg);
	} while ((off += PAGE_SIZE) < stop);
	return;
	/// 坏目录项：先 pmd_ERROR 打印它的值，再清零；它指向的页面表和页面都不动（无从判断是否可信）。
bad:
	pmd_ERROR(*pmd);
	pmd_clear(pmd);
}

/* The same within one pgd entry's range, pmd by pmd. */
/// §2.10：在一个页面目录项的范围内逐张页面表拆除映射（两级映射下只有一张）。
/// 2.4.0: mm/vmalloc.c free_area_pmd()
static inline void free_area_pmd(pgd_t *dir, unsigned long address,
				 unsigned long size)
{
	unsigned long off, stop;
	pmd_t *pmdp;

	/// 两级映射下 pgd_none、pgd_bad 恒为 0，pmd_offset 就是 dir 本身：检查都留给下一层对同一个目录项去做。
	if (pgd_none(*dir))
		return;
	if (pgd_bad(*dir))
		goto bad;
	pmdp = pmd_offset(dir, address);
	off = address & ~PGDIR_MASK;		/* within this pgd entry */
	stop = off + size;
	if (stop > PGDIR_SIZE)
		stop = PGDIR_SIZE;
	do {
		free_area_pte(pmdp++, off, stop - off);
		off = (off + PMD_SIZE) & PMD_MASK;
	} while (off < stop);
	return;
bad:
	pgd_ERROR(*dir);
	pgd_clear(dir);
}

/* Unmap and free a kernel range; its page tables stay for the next user. */
/// §2.10：拆除内核地址 [address, address + size) 的映射并释放页面，最后刷新全部 TLB。页面表本身不释放，留给以后的 vmalloc 再用；
/// 其它进程页面目录里复制过去的目录项也就继续有效。
/// 2.4.0: mm/vmalloc.c vmfree_area_pages()
void vmfree_area_pages(unsigned long address, unsigned long size)
{
	unsigned long limit = address + size;
	pgd_t *pgd = pgd_offset_k(address);

	flush_cache_all();
	do {
		free_area_pmd(pgd++, address, limit - address);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
	/// address 回绕到 0 表示已经处理到 4 GB 顶端。
	} while (address != 0 && address < limit);	/* 0: wrapped */
	flush_tlb_all();
}

/* Fill ptes of one page table with freshly allocated pages. */
/// §2.10：在一张页面表的范围内，每一页分配一个物理页面（alloc_page(gfp_mask)，可能来自高端内存）并写入页面表项。任何一页分配
/// 失败就返回 -ENOMEM，已分配的由调用者经 vfree() 收回。
/// 2.4.0: mm/vmalloc.c alloc_area_pte()
static inline int alloc_area_pte(pte_t *pte, unsigned long address,
				 unsigned long size, int gfp_mask,
				 pgprot_t prot)
{
	unsigned long off = address & ~PMD_MASK;	/* within this table */
	unsigned long stop = off + size;

	if (stop > PMD_SIZE)
		stop = PMD_SIZE;
	do {
		struct page *pg;

		/// 新区间本不该有映射；有的话报告，但照样覆盖（2.4.0 如此，旧页面就此泄漏）。
		if (!pte_none(*pte))
			printk(KERN_ERR "alloc_area_pte: page already "
			       "exists\n");
		pg = alloc_page(gfp_mask);
		if (pg == NULL)
			return -ENOMEM;
		set_pte(pte, mk_pte(pg, prot));
		pte++;
	} while ((off += PAGE_SIZE) < stop);
	return 0;
}

/* Page table by page table within one pgd entry, allocating tables. */
/// §2.10：在一个页面目录项的范围内逐张页面表处理，没有页面表就用 pte_alloc_kernel() 分配。
/// 2.4.0: mm/vmalloc.c alloc_area_pmd()
static inline int alloc_area_pmd(pmd_t *pmd, unsigned long address,
				 unsigned long size, int gfp_mask,
				 pgprot_t prot)
{
	unsigned long off = address & ~PGDIR_MASK;	/* within this pgd */
	unsigned long stop = off + size;

	if (stop > PGDIR_SIZE)
		stop = PGDIR_SIZE;
	do {
		/// 页面表不存在就分配一张写进目录项；任何一步失败都报 -ENOMEM，已建的部分留给调用者用 vfree 拆除。
		pte_t *table = pte_alloc_kernel(pmd++, off);

		if (table == NULL ||
		    alloc_area_pte(table, off, stop - off, gfp_mask, prot))
			return -ENOMEM;
		off = (off + PMD_SIZE) & PMD_MASK;	/* next table */
	} while (off < stop);
	return 0;
}

/*
 * Back [address, address + size) with pages in init_mm's page tables.
 * Other page directories copy the new pgd entries on their first fault
 * there (the vmalloc case of do_page_fault).
 */
/// §2.10：为 [address, address + size) 建立映射，页面表和页面都在这里分配；完成后刷新全部 TLB。映射只写在内核页面目录 swapper_pg_dir
/// （init_mm）里。与 2.4.0 的差别：2.4.0 写作 inline int，本移植是普通函数，行为相同。
/// 2.4.0: mm/vmalloc.c vmalloc_area_pages()
int vmalloc_area_pages(unsigned long address, unsigned long size,
		       int gfp_mask, pgprot_t prot)
{
	unsigned long limit = address + size;
	pgd_t *pgd = pgd_offset_k(address);
	int err = 0;

	flush_cache_all();
	/// 改内核页面表的过程在大内核锁之下（本移植里是空操作，见文件开头）；解锁之后才刷新 TLB。
	lock_kernel();
	do {
		/// 两级映射下 pmd 就是 pgd 目录项本身。
		pmd_t *pmd = pmd_alloc_kernel(pgd, address);

		if (pmd == NULL ||
		    alloc_area_pmd(pmd, address, limit - address, gfp_mask,
				   prot)) {
			err = -ENOMEM;
			break;
		}
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		pgd++;
	} while (address != 0 && address < limit);	/* 0: wrapped */
	unlock_kernel();
	flush_tlb_all();
	return err;
}

/*
 * Reserve size bytes (plus a guard page) of kernel virtual space: the
 * first gap from VMALLOC_START up in the address-sorted vmlist.
 */
/// §2.10、§2.11：在 vmalloc 区里找一段 size 字节的空闲虚拟地址并登记（不建立任何映射）。描述结构本身用 kmalloc 分配——所以 vmalloc
/// 要在 slab 初始化之后才能用。
/// 2.4.0: mm/vmalloc.c get_vm_area()
struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	struct vm_struct *area, *next, **link;
	unsigned long start = VMALLOC_START;

	area = kmalloc(sizeof(*area), GFP_KERNEL);
	if (area == NULL)
		return NULL;
	/// 多要一页作隔离：这一页永远不映射，越界访问会立即产生页面异常。
	size += PAGE_SIZE;			/* the guard page */

	/// link 指向“上一个区间的 next 字段”（开始时是 vmlist 本身），找到位置后直接经它插入，不必区分表头。
	write_lock(&vmlist_lock);
	for (link = &vmlist; (next = *link) != NULL; link = &next->next) {
		/// 地址回绕过了 4 GB：没有地方了。出错时先解锁，再释放描述结构（见末尾 no_room）。
		if (start + size < start)
			goto no_room;		/* wraps past 4 GB */
		/// first fit：start 到下一个区间的起点之间放得下就用它。注意比较是严格的小于：空隙恰好等于 size（含隔离页）时放不下——
		/// 实际上还差着一页（本该可以紧挨着下一区间）。这是 2.4.0 的原样，内核检查和主机测试都核对了这一点。
		/* Strictly below: a hole of exactly size is passed over. */
		if (start + size < (unsigned long) next->addr)
			break;
		/// 放不下：跳到这个区间（连同它的隔离页）之后再试。
		start = (unsigned long) next->addr + next->size;
		/// 超出 VMALLOC_END。注意这一检查只在循环里做：vmlist 为空时第一个区间不论多大都会被接受（2.4.0 的原样）。
		if (start > VMALLOC_END - size)
			goto no_room;
	}
	area->flags = flags;
	area->addr = (void *) start;
	area->size = size;
	/// 插到停下的位置之前（走到表尾时 next 为 NULL），vmlist 保持按地址有序。
	area->next = next;
	*link = area;
	write_unlock(&vmlist_lock);
	return area;

no_room:
	write_unlock(&vmlist_lock);
	kfree(area);
	return NULL;
}

/* Free an area made by vmalloc or ioremap, given its start address. */
/// §2.10、§2.11：释放 vmalloc 或 ioremap 得到的区间：addr 必须正是区间的起点。从 vmlist 摘下，拆除映射、释放页面，再释放描述结构。
/// 2.4.0: mm/vmalloc.c vfree()
void vfree(void *addr)
{
	struct vm_struct *area, **link;

	if (addr == NULL)
		return;
	if ((unsigned long) addr & ~PAGE_MASK) {
		printk(KERN_ERR "Trying to vfree() bad address (%p)\n", addr);
		return;
	}
	/// 在 vmlist 里找起点恰为 addr 的区间，link 记下指向它的那个指针，摘链只需一次赋值。
	write_lock(&vmlist_lock);
	link = &vmlist;
	while ((area = *link) != NULL && area->addr != addr)
		link = &area->next;
	/// 找不到：先解锁再报告，与 2.4.0 的次序相同。
	if (area == NULL) {
		write_unlock(&vmlist_lock);
		printk(KERN_ERR "Trying to vfree() nonexistent vm area (%p)\n",
		       addr);
		return;
	}
	/// 先摘链，再在锁内拆除映射（长度包括隔离页，那一项本来就是空的），解锁后才 kfree 描述结构。
	*link = area->next;		/* unlink, then unmap: guard included */
	vmfree_area_pages(VMALLOC_VMADDR(area->addr), area->size);
	write_unlock(&vmlist_lock);
	kfree(area);
}

/* size bytes, whole pages, virtually contiguous, mapped with prot. */
/// §2.10：vmalloc()/vmalloc_dma()/vmalloc_32() 的实现：长度向上取整到页；长度为 0 或超过物理内存的总页数是调用者的错误，BUG()。
/// 先 get_vm_area() 要一段虚拟地址，再 vmalloc_area_pages() 为它分配页面、建立映射；失败则全部退还，返回 NULL。
/// 2.4.0: mm/vmalloc.c __vmalloc()
void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot)
{
	struct vm_struct *area;
	void *base;

	size = PAGE_ALIGN(size);
	if (size == 0 || size >> PAGE_SHIFT > num_physpages) {
		BUG();
		return NULL;
	}
	area = get_vm_area(size, VM_ALLOC);
	if (area == NULL)
		return NULL;
	base = area->addr;
	if (vmalloc_area_pages(VMALLOC_VMADDR(base), size, gfp_mask, prot)) {
		vfree(base);
		return NULL;
	}
	return base;
}

/*
 * Copy count bytes from kernel virtual addr to buf as far as vmalloc
 * areas cover it, zeros for the gaps between areas (for /proc/kcore).
 */
/// §2.10：从内核虚拟地址 addr 读 count 字节到 buf，只读 vmalloc 区间里有映射的部分，区间之间的空隙（包括隔离页）读作 0。2.4.0 中
/// 供 /proc/kcore 使用：读 vmalloc 区时不会碰到没有映射的地址而引起异常。返回读出的字节数。
/// 2.4.0: mm/vmalloc.c vread()
long vread(char *buf, char *addr, unsigned long count)
{
	struct vm_struct *area;
	char *out = buf;

	/* Stop at the top of the address space. */
	if ((unsigned long) addr + count < count)
		count = -(unsigned long) addr;

	/// 按地址顺序走 vmlist；count 用完就停。2.4.0 是逐字节搬运、在每个字节前检查 count，这里按段用 memset/memcpy，结果相同。
	read_lock(&vmlist_lock);
	for (area = vmlist; area != NULL && count != 0; area = area->next) {
		char *first = area->addr;
		/// 区间的数据到 end 为止，其后的隔离页不算在内。
		char *end = first + area->size - PAGE_SIZE;	/* no guard */
		unsigned long len;

		/// addr 已在这个区间之后：看下一个。
		if (addr >= end)
			continue;	/* this area lies wholly below */
		/// 区间之前的空隙（包括上一个区间的隔离页）读作 0；count 在空隙里用完就结束。
		if (addr < first) {	/* the gap before it reads as zeros */
			len = first - addr;
			if (len > count)
				len = count;
			memset(out, 0, len);
			out += len;
			addr += len;
			count -= len;
			if (count == 0)
				break;
		}
		/// 再复制区间里的数据，直到区间末尾或 count 用完。最后一个区间之后的地址什么也不给：返回值只算到那里。
		len = end - addr;
		if (len > count)
			len = count;
		memcpy(out, addr, len);
		out += len;
		addr += len;
		count -= len;
	}
	read_unlock(&vmlist_lock);
	return out - buf;
}
