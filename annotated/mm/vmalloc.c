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
/// （first fit），每个区间后面空出一页作为隔离。vmalloc 为区间的每一页分配物理页面并写进内核页表；ioremap 则映射设备的物理地址。
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
/// 与 2.4.0 的差别：2.4.0 包含 linux/smp_lock.h，vmalloc_area_pages() 在“大内核锁”下修改页表。本移植还没有 smp_lock.h；单处理器时
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
/// §2.10：在一张页表的范围内拆除映射：逐项读出并清零（ptep_get_and_clear），映射的若是普通页面就还给伙伴系统。
/// 保留页面不释放：ioremap 映射的内核映像之类；物理地址超出 mem_map 的（设备内存）VALID_PAGE 不成立，也不释放。
/// 2.4.0: mm/vmalloc.c free_area_pte()
static inline void free_area_pte(pmd_t *pmd, unsigned long address,
				 unsigned long size)
{
	pte_t *pte;
	unsigned long end;

	if (pmd_none(*pmd))
		return;
	if (pmd_bad(*pmd)) {
		pmd_ERROR(*pmd);
		pmd_clear(pmd);
		return;
	}
	pte = pte_offset(pmd, address);
	address &= ~PMD_MASK;
	end = address + size;
	if (end > PMD_SIZE)
		end = PMD_SIZE;
	do {
		pte_t page;

		page = ptep_get_and_clear(pte);
		address += PAGE_SIZE;
		pte++;
		if (pte_none(page))
			continue;
		if (pte_present(page)) {
			struct page *ptpage = pte_page(page);

			if (VALID_PAGE(ptpage) && (!PageReserved(ptpage)))
				__free_page(ptpage);
			continue;
		}
		/// 内核页表里不该出现交换项（内核页面从不换出），出现了只能报告。文字沿用 2.4.0。
		printk(KERN_CRIT "Whee.. Swapped out page in kernel page "
		       "table\n");
	} while (address < end);
}

/* The same within one pgd entry's range, pmd by pmd. */
/// §2.10：在一个页目录项的范围内逐张页表拆除映射（两级映射下只有一张）。
/// 2.4.0: mm/vmalloc.c free_area_pmd()
static inline void free_area_pmd(pgd_t *dir, unsigned long address,
				 unsigned long size)
{
	pmd_t *pmd;
	unsigned long end;

	if (pgd_none(*dir))
		return;
	if (pgd_bad(*dir)) {
		pgd_ERROR(*dir);
		pgd_clear(dir);
		return;
	}
	pmd = pmd_offset(dir, address);
	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	do {
		free_area_pte(pmd, address, end - address);
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address < end);
}

/* Unmap and free a kernel range; its page tables stay for the next user. */
/// §2.10：拆除内核地址 [address, address + size) 的映射并释放页面，最后刷新全部 TLB。页表本身不释放，留给以后的 vmalloc 再用；
/// 其它进程页目录里复制过去的目录项也就继续有效。
/// 2.4.0: mm/vmalloc.c vmfree_area_pages()
void vmfree_area_pages(unsigned long address, unsigned long size)
{
	pgd_t *dir;
	unsigned long end = address + size;

	dir = pgd_offset_k(address);
	flush_cache_all();
	do {
		free_area_pmd(dir, address, end - address);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	/// address 回绕到 0 表示已经处理到 4 GB 顶端。
	} while (address && (address < end));
	flush_tlb_all();
}

/* Fill ptes of one page table with freshly allocated pages. */
/// §2.10：在一张页表的范围内，每一页分配一个物理页面（alloc_page(gfp_mask)，可能来自高端内存）并写入页表项。任何一页分配
/// 失败就返回 -ENOMEM，已分配的由调用者经 vfree() 收回。
/// 2.4.0: mm/vmalloc.c alloc_area_pte()
static inline int alloc_area_pte(pte_t *pte, unsigned long address,
				 unsigned long size, int gfp_mask,
				 pgprot_t prot)
{
	unsigned long end;

	address &= ~PMD_MASK;
	end = address + size;
	if (end > PMD_SIZE)
		end = PMD_SIZE;
	do {
		struct page *page;

		/// 新区间本不该有映射；有的话报告，但照样覆盖（2.4.0 如此，旧页面就此泄漏）。
		if (!pte_none(*pte))
			printk(KERN_ERR "alloc_area_pte: page already "
			       "exists\n");
		page = alloc_page(gfp_mask);
		if (!page)
			return -ENOMEM;
		set_pte(pte, mk_pte(page, prot));
		address += PAGE_SIZE;
		pte++;
	} while (address < end);
	return 0;
}

/* Page table by page table within one pgd entry, allocating tables. */
/// §2.10：在一个页目录项的范围内逐张页表处理，没有页表就用 pte_alloc_kernel() 分配。
/// 2.4.0: mm/vmalloc.c alloc_area_pmd()
static inline int alloc_area_pmd(pmd_t *pmd, unsigned long address,
				 unsigned long size, int gfp_mask,
				 pgprot_t prot)
{
	unsigned long end;

	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	do {
		pte_t *pte = pte_alloc_kernel(pmd, address);

		if (!pte)
			return -ENOMEM;
		if (alloc_area_pte(pte, address, end - address, gfp_mask, prot))
			return -ENOMEM;
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address < end);
	return 0;
}

/*
 * Back [address, address + size) with pages in init_mm's page tables.
 * Other page directories copy the new pgd entries on their first fault
 * there (the vmalloc case of do_page_fault).
 */
/// §2.10：为 [address, address + size) 建立映射，页表和页面都在这里分配；完成后刷新全部 TLB。映射只写在内核页目录 swapper_pg_dir
/// （init_mm）里。与 2.4.0 的差别：2.4.0 写作 inline int，本移植是普通函数，行为相同。
/// 2.4.0: mm/vmalloc.c vmalloc_area_pages()
int vmalloc_area_pages(unsigned long address, unsigned long size,
		       int gfp_mask, pgprot_t prot)
{
	pgd_t *dir;
	unsigned long end = address + size;
	int ret;

	dir = pgd_offset_k(address);
	flush_cache_all();
	lock_kernel();
	do {
		pmd_t *pmd;

		pmd = pmd_alloc_kernel(dir, address);
		ret = -ENOMEM;
		if (!pmd)
			break;

		ret = -ENOMEM;
		if (alloc_area_pmd(pmd, address, end - address, gfp_mask, prot))
			break;

		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;

		ret = 0;
	} while (address && (address < end));
	unlock_kernel();
	flush_tlb_all();
	return ret;
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
	unsigned long addr;
	struct vm_struct **p, *tmp, *area;

	area = (struct vm_struct *) kmalloc(sizeof(*area), GFP_KERNEL);
	if (!area)
		return NULL;
	/// 多要一页作隔离：这一页永远不映射，越界访问会立即产生页面异常。
	size += PAGE_SIZE;
	addr = VMALLOC_START;
	write_lock(&vmlist_lock);
	for (p = &vmlist; (tmp = *p); p = &tmp->next) {
		/// 地址回绕过了 4 GB：没有地方了。
		if ((size + addr) < addr) {
			write_unlock(&vmlist_lock);
			kfree(area);
			return NULL;
		}
		/// first fit：addr 到下一个区间的起点之间放得下就用它。注意比较是严格的小于：空隙恰好等于 size（含隔离页）时放不下——
		/// 实际上还差着一页（本该可以紧挨着下一区间）。这是 2.4.0 的原样，内核检查和主机测试都核对了这一点。
		if (size + addr < (unsigned long) tmp->addr)
			break;
		/// 放不下：跳到这个区间（连同它的隔离页）之后再试。
		addr = tmp->size + (unsigned long) tmp->addr;
		/// 超出 VMALLOC_END。注意这一检查只在循环里做：vmlist 为空时第一个区间不论多大都会被接受（2.4.0 的原样）。
		if (addr > VMALLOC_END - size) {
			write_unlock(&vmlist_lock);
			kfree(area);
			return NULL;
		}
	}
	area->flags = flags;
	area->addr = (void *) addr;
	area->size = size;
	/// 插到停下的位置之前，vmlist 保持按地址有序。
	area->next = *p;
	*p = area;
	write_unlock(&vmlist_lock);
	return area;
}

/* Free an area made by vmalloc or ioremap, given its start address. */
/// §2.10、§2.11：释放 vmalloc 或 ioremap 得到的区间：addr 必须正是区间的起点。从 vmlist 摘下，拆除映射、释放页面，再释放描述结构。
/// 2.4.0: mm/vmalloc.c vfree()
void vfree(void *addr)
{
	struct vm_struct **p, *tmp;

	if (!addr)
		return;
	if ((PAGE_SIZE - 1) & (unsigned long) addr) {
		printk(KERN_ERR "Trying to vfree() bad address (%p)\n", addr);
		return;
	}
	write_lock(&vmlist_lock);
	for (p = &vmlist; (tmp = *p); p = &tmp->next) {
		if (tmp->addr == addr) {
			*p = tmp->next;
			vmfree_area_pages(VMALLOC_VMADDR(tmp->addr), tmp->size);
			write_unlock(&vmlist_lock);
			kfree(tmp);
			return;
		}
	}
	write_unlock(&vmlist_lock);
	printk(KERN_ERR "Trying to vfree() nonexistent vm area (%p)\n", addr);
}

/* size bytes, whole pages, virtually contiguous, mapped with prot. */
/// §2.10：vmalloc()/vmalloc_dma()/vmalloc_32() 的实现：长度向上取整到页；长度为 0 或超过物理内存的总页数是调用者的错误，BUG()。
/// 先 get_vm_area() 要一段虚拟地址，再 vmalloc_area_pages() 为它分配页面、建立映射；失败则全部退还，返回 NULL。
/// 2.4.0: mm/vmalloc.c __vmalloc()
void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot)
{
	void *addr;
	struct vm_struct *area;

	size = PAGE_ALIGN(size);
	if (!size || (size >> PAGE_SHIFT) > num_physpages) {
		BUG();
		return NULL;
	}
	area = get_vm_area(size, VM_ALLOC);
	if (!area)
		return NULL;
	addr = area->addr;
	if (vmalloc_area_pages(VMALLOC_VMADDR(addr), size, gfp_mask, prot)) {
		vfree(addr);
		return NULL;
	}
	return addr;
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
	struct vm_struct *tmp;
	char *vaddr, *buf_start = buf;
	unsigned long n;

	/* Stop at the top of the address space. */
	if ((unsigned long) addr + count < count)
		count = -(unsigned long) addr;

	read_lock(&vmlist_lock);
	for (tmp = vmlist; tmp; tmp = tmp->next) {
		vaddr = (char *) tmp->addr;
		/// addr 已在这个区间（不含隔离页）之后：看下一个。
		if (addr >= vaddr + tmp->size - PAGE_SIZE)
			continue;
		/// 区间之前的空隙填 0。
		while (addr < vaddr) {
			if (count == 0)
				goto finished;
			*buf = '\0';
			buf++;
			addr++;
			count--;
		}
		n = vaddr + tmp->size - PAGE_SIZE - addr;
		do {
			if (count == 0)
				goto finished;
			*buf = *addr;
			buf++;
			addr++;
			count--;
		} while (--n > 0);
	}
finished:
	read_unlock(&vmlist_lock);
	return buf - buf_start;
}
