// SPDX-License-Identifier: GPL-2.0-only
/*
 * ioremap: give a physical range that is not ordinary RAM (device
 * memory, BIOS, RAM the kernel keeps reserved) a kernel virtual address,
 * in vmalloc space.
 * 情景分析 §2.11.  Follows Linux 2.4.0 arch/i386/mm/ioremap.c.
 */
/// §2.11 外部设备存储空间的地址映射：设备的寄存器、显存、BIOS ROM 等占用物理地址，但不是内核管理的 RAM，线性映射区（只覆盖
/// 0 到 high_memory 的内存）里没有它们，或者在 896 MB 以上根本够不着。ioremap() 在 vmalloc 区申请一段虚拟地址（get_vm_area），
/// 再在内核页面表里把它映射到给定的物理地址。与 vmalloc 的区别：不分配物理页面，映射的就是调用者给的那段物理地址。
/// 2.4.0: arch/i386/mm/ioremap.c
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <asm/io.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/*
 * Fill the ptes of one page table with consecutive physical pages.  The
 * range was just reserved, so every pte must still be empty.
 */
/// §2.11：在一张页面表的范围内（不超过所在的 4 MB）逐页填写页面表项：物理页面依次递增，属性是 P、RW、D、A 加上调用者的 flags
/// （ioremap_nocache 给 _PAGE_PCD）。不带 USER（用户态不可访问），也不带 GLOBAL。
/// 2.4.0: arch/i386/mm/ioremap.c remap_area_pte()
static inline void remap_area_pte(pte_t *pte, unsigned long address,
				  unsigned long size, unsigned long phys_addr,
				  unsigned long flags)
{
	/// 每个页面表项的属性都一样，先算好；物理地址部分由 mk_pte_phys 逐页填进去。
	pgprot_t prot = __pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY |
				 _PAGE_ACCESSED | flags);
	/// off 只保留 4 MB 内的偏移；stop 不超过 PMD_SIZE，多出的部分由上一层在下一张页面表里处理。
	unsigned long off = address & ~PMD_MASK;	/* within this table */
	unsigned long stop = off + size;

	if (stop > PMD_SIZE)
		stop = PMD_SIZE;
	/// 空区间是调用者的错误（见 __ioremap 里长度算成 0 的边角情况），2.4.0 在这里 BUG。
	if (off >= stop)
		BUG();
	/// 虚拟偏移、物理地址、页面表项指针三者同步前进一页。off 是 4 MB 内的偏移，不会回绕到 0，所以 2.4.0 循环条件里对 0 的判断
	/// 在这一层用不上，这里省去。
	for (; off < stop; off += PAGE_SIZE, phys_addr += PAGE_SIZE, pte++) {
		/// 刚申请的虚拟区间理应完全没有映射，遇到已有的表项说明 vmlist 和页面表不一致，是严重错误。
		if (!pte_none(*pte)) {
			printk("remap_area_pte: page already exists\n");
			BUG();
		}
		set_pte(pte, mk_pte_phys(phys_addr, prot));
	}
}

/*
 * Within one pgd entry: page table by page table, each made if missing.
 * The physical address keeps a fixed distance from the virtual one.
 */
/// §2.11：在一个页面目录项的范围内逐张页面表处理，没有页面表就用 pte_alloc_kernel() 分配（写在 swapper_pg_dir 里）。
/// 2.4.0: arch/i386/mm/ioremap.c remap_area_pmd()
static inline int remap_area_pmd(pmd_t *pmd, unsigned long address,
				 unsigned long size, unsigned long phys_addr,
				 unsigned long flags)
{
	unsigned long off = address & ~PGDIR_MASK;	/* within this pgd */
	unsigned long stop = off + size;
	unsigned long delta;

	if (stop > PGDIR_SIZE)
		stop = PGDIR_SIZE;
	/// delta 是“物理地址与虚拟偏移之差”：虚拟偏移每前进一步，off + delta 就是对应的物理地址，不必另外跟踪。
	delta = phys_addr - off;
	if (off >= stop)
		BUG();
	/// 两级映射下一个目录项只管一张页面表，这个循环实际只走一次（2.4.0 为三级映射写成循环）；区间检查已保证第一次必进。
	for (; off < stop; pmd++) {
		/// 页面表不存在就分配一张并写进目录项；分配失败返回 NULL，向上报 -ENOMEM。
		pte_t *table = pte_alloc_kernel(pmd, off);

		if (table == NULL)
			return -ENOMEM;
		remap_area_pte(table, off, stop - off, off + delta, flags);
		/// 前进到下一张页面表覆盖的起点。
		off = (off + PMD_SIZE) & PMD_MASK;	/* next table */
	}
	return 0;
}

/* Map [address, address + size) to phys_addr in init_mm's page tables. */
/// §2.11：映射的最外层：从 init_mm 的页面目录（swapper_pg_dir）中 address 对应的目录项开始，逐个目录项向下处理，最后刷新全部 TLB。
/// 新页面表只装在内核页面目录里；其它进程的页面目录在它们第一次访问时由 2.4.0 的缺页处理（vmalloc_fault）补上。
/// 2.4.0: arch/i386/mm/ioremap.c remap_area_pages()
static int remap_area_pages(unsigned long address, unsigned long phys_addr,
			    unsigned long size, unsigned long flags)
{
	unsigned long limit = address + size;
	/// 同 remap_area_pmd：物理地址记成与虚拟地址之差，随 address 一起前进。
	unsigned long delta = phys_addr - address;
	pgd_t *pgd = pgd_offset(&init_mm, address);
	int err = 0;

	/// i386 的 flush_cache_all 是空操作，留着是为了与其它体系结构的次序一致：先刷 cache，改页面表，最后刷 TLB。
	flush_cache_all();
	if (address >= limit)
		BUG();
	do {
		/// 两级映射下就是 pgd 本身（pgalloc-2level.h）。
		pmd_t *pmd = pmd_alloc_kernel(pgd, address);

		/// 任何一层分配失败都是 -ENOMEM，已经建立的映射留给调用者用 vfree 拆掉。
		if (pmd == NULL ||
		    remap_area_pmd(pmd, address, limit - address,
				   address + delta, flags)) {
			err = -ENOMEM;
			break;
		}
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		pgd++;
	/// address 变成 0 表示越过了 4 GB 顶端，到此为止。
	} while (address != 0 && address < limit);	/* 0: wrapped at 4 GB */
	/// 刚刚改过的是内核页面表，所有进程共享，刷新全部 TLB。
	flush_tlb_all();
	return err;
}

/*
 * Map size bytes of physical memory at phys_addr; flags are extra pte
 * bits (_PAGE_PCD for ioremap_nocache).  Returns the kernel address of
 * phys_addr itself, or NULL.
 */
/// §2.11：ioremap() 和 ioremap_nocache()（asm/io.h）都调用它。返回的是 phys_addr 本身对应的虚拟地址（可以不在页面边界上）。
/// 2.4.0: arch/i386/mm/ioremap.c __ioremap()
void *__ioremap(unsigned long phys_addr, unsigned long size,
		unsigned long flags)
{
	unsigned long last = phys_addr + size - 1;	/* last byte */
	unsigned long in_page;
	struct vm_struct *area;
	char *base;

	/// 长度为 0，或者区间越过 4 GB 回绕（最后一个字节的地址反而更小）：拒绝。
	if (size == 0 || last < phys_addr)
		return NULL;		/* empty, or wraps past 4 GB */

	/* 640 KB - 1 MB (VGA, BIOS ROMs) is in the linear map already. */
	/// 640 KB–1 MB（VGA 显存 0xA0000–0xBFFFF、各种 ROM）在线性映射区里本来就有映射（pagetable_init 映射了 0 起的全部低端物理地址，
	/// 包括这个空洞），直接返回 phys_to_virt()，不占 vmalloc 空间。如文本显存 0xB8000 得到 0xC00B8000。iounmap() 对这样的地址什么也
	/// 不做（它们在 high_memory 之下）。
	if (phys_addr >= 0xA0000 && last < 0x100000)
		return phys_to_virt(phys_addr);

	/* RAM below high_memory only if every page of it is reserved. */
	/// 内核正在管理的低端 RAM 不许重复映射——除非其中每一页都是“保留”的（如内核映像、BIOS 数据区、被驱动程序保留的内存）。
	/// 一个可能被页面分配器分给别人的页面同时又被当作设备内存访问，后果不堪设想。注意 high_memory 以上的 RAM（高端内存）不在
	/// 检查之列，2.4.0 就是这样。
	if (phys_addr < virt_to_phys(high_memory)) {
		/// 从第一个字节所在的页到最后一个字节所在的页，逐个检查 mem_map 中的 page 结构。
		struct page *pg = virt_to_page(__va(phys_addr));
		struct page *last_pg = virt_to_page(__va(last));

		while (pg <= last_pg) {
			if (!PageReserved(pg))
				return NULL;
			pg++;
		}
	}

	/* Whole pages; the caller gets back the offset into the first. */
	/// 页面表只能按页映射：起点向下对齐到页，记下页内偏移，最后加回到返回的地址上。
	in_page = phys_addr & ~PAGE_MASK;
	phys_addr -= in_page;
	/// 映射的长度是“最后一个字节向上对齐到页”减去起点。这是 2.4.0 的写法，有一个边角问题：最后一个字节恰好是某页的第一个字节时，
	/// PAGE_ALIGN 不会进到下一页，那一页就漏掉了（例如从页边界起映射 1 个字节，长度算成 0，remap_area_pages 里 BUG）。后来的内核
	/// 改成 PAGE_ALIGN(last_addr + 1)。本移植照 2.4.0 的原样，主机测试 test_ioremap_size_quirk 记录了这一行为。
	size = PAGE_ALIGN(last) - phys_addr;

	/// 在 vmalloc 区找一段虚拟地址（另加一页隔离区），标为 VM_IOREMAP。
	area = get_vm_area(size, VM_IOREMAP);
	if (area == NULL)
		return NULL;
	base = area->addr;
	/// 建立页面表失败（分配不到页面表）：把区间连同已建的映射一起释放。vfree 不会释放这些物理页面——它们不是有效的页面就是保留页面。
	if (remap_area_pages(VMALLOC_VMADDR(base), phys_addr, size, flags)) {
		vfree(base);
		return NULL;
	}
	/// 加回页内偏移，调用者拿到的正是 phys_addr 那个字节的虚拟地址。
	return base + in_page;
}

/* Addresses in the linear map (the ISA window) were never remapped. */
/// §2.11：撤销 ioremap() 的映射。ISA 窗口里的地址在 high_memory 之下，没有占用 vmalloc 区间，什么也不做；其余的把地址向下对齐到页，
/// 交给 vfree()。注意只对齐到页：传入的地址必须落在区间的第一页内（ioremap 返回的地址正是如此），否则 vfree 找不到区间。
/// 2.4.0: arch/i386/mm/ioremap.c iounmap()
void iounmap(void *addr)
{
	/// 不高于 high_memory 的地址来自 ISA 窗口的 phys_to_virt，没有 vm 区间，直接返回。
	if (addr <= high_memory)
		return;
	vfree((void *) ((unsigned long) addr & PAGE_MASK));
}
