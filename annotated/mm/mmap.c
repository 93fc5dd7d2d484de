// SPDX-License-Identifier: GPL-2.0-only
/*
 * A process's virtual memory areas: finding them (find_vma, through the
 * mmap_cache, the sorted list or the AVL tree), creating them (mmap, brk),
 * removing them (munmap, splitting an area when a hole is punched in it)
 * and tearing the whole address space down (exit_mmap).
 * 情景分析 §2.3, §2.12, §2.13.  Follows Linux 2.4.0 mm/mmap.c.
 */
#include <linux/slab.h>
#include <linux/mman.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/file.h>

#include <asm/uaccess.h>
#include <asm/pgalloc.h>

/*
 * The hardware protection of a page, by vm_flags & 0xf (read, write,
 * exec, shared).  i386 pages cannot be write-only or exec-only: write
 * and exec imply read.  Private writable pages start read-only so the
 * first write faults and copies the page.
 */
/// §2.13 虚存区间的访问权限（vm_flags 的低 4 位：读、写、执行、共享）到页面表项保护位的映射。
/// i386 的页面表项只有“存在”“可写”“用户”几位，表达不了“只写”“只执行”，所以写或执行都隐含可读。
/// 私有可写（__P010 等）用 PAGE_COPY，即只读：第一次写入引起页面异常，由 do_wp_page 复制一页，
/// 这就是“写时拷贝”。共享可写才用 PAGE_SHARED。
pgprot_t protection_map[16] = {
	__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
	__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111
};

/* Set (by sysctl) to promise memory without checking. */
/// 非 0 时不做内存是否够用的估算（/proc/sys/vm/overcommit_memory）。
int sysctl_overcommit_memory;

/*
 * May a new private writable mapping of pages pages be promised?  A
 * rough count of what could be freed for it: the buffer cache, the page
 * cache, the free pages and the free swap.
 */
/// §2.12 估算有没有足够的物理页面（连同交换空间）来兑现一个新的私有可写映射：
/// 缓冲区、页面缓冲（page cache）、空闲页面、空闲交换页面之和大于所需页数即可。
/// 这只是粗略的估计，映射建立时并不真的分配页面。
/// 2.4.0: mm/mmap.c vm_enough_memory()
int vm_enough_memory(long pages)
{
	long available;

	if (sysctl_overcommit_memory)
		return 1;

	/// 四项之和：缓冲区和页面缓冲中的页面必要时可以收回，再加上空闲页面和空闲的交换页面。
	available = atomic_read(&buffermem_pages) +
		    atomic_read(&page_cache_size) +
		    nr_free_pages() + nr_swap_pages;
	return available > pages;
}

/*
 * Unlink vma from its file's list of mappings (i_mmap or i_mmap_shared)
 * and give back the write denial a MAP_DENYWRITE area holds.  The
 * caller holds the mapping's i_shared_lock.
 */
/// §2.13 把虚存区间从它所映射文件的 i_mmap 或 i_mmap_shared 队列中摘下。
/// MAP_DENYWRITE 的区间映射时把 inode 的 i_writecount 减过 1（阻止别人写这个可执行文件），这里加回来。
/// vm_pprev_share 指向前一个结点的 vm_next_share（或队列头），所以摘链不必知道是哪一个队列。
/// 2.4.0: mm/mmap.c __remove_shared_vm_struct()
static inline void __remove_shared_vm_struct(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;
	struct vm_area_struct *next;

	/// 匿名映射不在任何文件的队列上，没有什么要做。
	if (file == NULL)
		return;
	if (vma->vm_flags & VM_DENYWRITE)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);
	/// 双向摘链：后一个结点（若有）的 vm_pprev_share 改指 vma 前面的那个指针，再让那个指针越过 vma。
	/* vm_pprev_share points into whichever list holds vma. */
	next = vma->vm_next_share;
	if (next)
		next->vm_pprev_share = vma->vm_pprev_share;
	*vma->vm_pprev_share = next;
}

/// §2.13 加上映射队列的锁再摘链。2.4.0: mm/mmap.c remove_shared_vm_struct()
static inline void remove_shared_vm_struct(struct vm_area_struct *vma)
{
	lock_vma_mappings(vma);
	__remove_shared_vm_struct(vma);
	unlock_vma_mappings(vma);
}

/* Take the lock of the file mapping's area lists, if vma maps a file. */
/// §2.13 锁住虚存区间所映射文件的 address_space 的 i_shared_lock：一个文件的所有映射
/// （可能属于许多进程）都挂在它的 i_mmap/i_mmap_shared 队列上，改动这些队列前必须持有此锁。
/// 匿名映射没有文件，什么也不做。
/// 2.4.0: mm/mmap.c lock_vma_mappings()
void lock_vma_mappings(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;
	struct address_space *mapping;

	if (file == NULL)
		return;
	/// 与 2.4.0 一样，inode 没有 i_mapping 时也不加锁。
	mapping = file->f_dentry->d_inode->i_mapping;
	if (mapping != NULL)
		spin_lock(&mapping->i_shared_lock);
}

/// §2.13 与 lock_vma_mappings() 配对。2.4.0: mm/mmap.c unlock_vma_mappings()
void unlock_vma_mappings(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;
	struct address_space *mapping;

	if (file == NULL)
		return;
	mapping = file->f_dentry->d_inode->i_mapping;
	if (mapping != NULL)
		spin_unlock(&mapping->i_shared_lock);
}

/*
 * brk(): move the end of the data segment (the heap).  Returns the new
 * break, or the old one if the request was refused; it never returns an
 * error code.  Shrinking always works; growing must stay within
 * RLIMIT_DATA, keep a page clear of the next area and find memory.
 */
/// §2.12 系统调用 brk()：改变进程数据段（堆）的边界 mm->brk。
/// 注意返回值总是新的（或者失败时旧的）边界，而不是错误码，用户空间的 malloc 据此判断成败。
/// 缩小总是允许的，只需解除映射；扩大要先后通过 RLIMIT_DATA、与已有映射不冲突、内存够用三道检查，
/// 再由 do_brk() 建立匿名映射。
/// 2.4.0: mm/mmap.c sys_brk()
asmlinkage unsigned long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long old_end, new_end, data_limit, answer;

	down(&mm->mmap_sem);

	/* Not into the program text; brk(0) lands here to ask. */
	/// 边界不能低于代码段的末尾；brk(0) 也走这里，这正是用户程序查询当前边界的方法。
	if (brk < mm->end_code)
		goto done;
	/// old_end、new_end 是旧、新边界向上取整到页的位置：堆的虚存区间总是到这里为止。
	old_end = PAGE_ALIGN(mm->brk);
	new_end = PAGE_ALIGN(brk);
	/* Within the last page: no area changes. */
	/// 按页取整以后没有变化：边界还在最后一页里，虚存区间不用动，只记下新的值。
	if (new_end == old_end)
		goto accept;

	/// 缩小：把 [new_end, old_end) 解除映射即可，do_munmap 会把其中的页面也一并释放；
	/// 解除失败（例如区间数已到上限而要在中间打洞）时边界不变。
	if (brk <= mm->brk) {
		/* Shrinking: the pages above the new end go. */
		if (do_munmap(mm, new_end, old_end - new_end) == 0)
			goto accept;
		goto done;
	}

	/// 扩大。第一道检查：数据段（从 start_data 算起）不得超过 RLIMIT_DATA。
	data_limit = current->rlim[RLIMIT_DATA].rlim_cur;
	if (data_limit < RLIM_INFINITY && brk - mm->start_data > data_limit)
		goto done;
	/* The heap may not run into (or right up to) another mapping. */
	/// 检查的范围多出一页：堆的新边界与上面的映射（例如堆栈或 mmap 的区间）之间至少要留一页空隙。
	if (find_vma_intersection(mm, old_end, new_end + PAGE_SIZE) != NULL)
		goto done;
	if (!vm_enough_memory((new_end - old_end) >> PAGE_SHIFT))
		goto done;
	/// 真正建立（或延长）匿名映射的是 do_brk；它返回别的值就是失败。
	if (do_brk(old_end, new_end - old_end) != old_end)
		goto done;
/// 两个出口：accept 记下新边界，done 只是把当前边界（可能未变）作为返回值，并释放 mmap_sem。
accept:
	mm->brk = brk;
done:
	answer = mm->brk;
	up(&mm->mmap_sem);
	return answer;
}

/*
 * The vm_flags bits that mmap()'s prot and flags arguments ask for.
 * PROT_READ/WRITE/EXEC and MAP_GROWSDOWN/DENYWRITE/EXECUTABLE have the
 * same values as their VM_ bits; any other bit is dropped.
 */
/// §2.13 把 mmap() 的 prot 和 flags 参数换算成虚存区间的 vm_flags。PROT_READ/WRITE/EXEC 与
/// VM_READ/WRITE/EXEC 数值相同，MAP_GROWSDOWN/DENYWRITE/EXECUTABLE 与 VM_ 的相应位也相同，
/// _trans 宏在编译时就化简成一次按位与。其余的位（包括 MAP_LOCKED）一概丢弃：
/// 2.4.0 的 mmap 不理会 MAP_LOCKED，未知的位也不报错。
/// 2.4.0: mm/mmap.c vm_flags()
static inline unsigned long vm_flags(unsigned long prot, unsigned long flags)
{
#define _trans(x, bit1, bit2) \
	((bit1) == (bit2) ? ((x) & (bit1)) : ((x) & (bit1)) ? (bit2) : 0)

	unsigned long vmf = 0;

	vmf |= _trans(prot, PROT_READ, VM_READ);
	vmf |= _trans(prot, PROT_WRITE, VM_WRITE);
	vmf |= _trans(prot, PROT_EXEC, VM_EXEC);
	vmf |= _trans(flags, MAP_GROWSDOWN, VM_GROWSDOWN);
	vmf |= _trans(flags, MAP_DENYWRITE, VM_DENYWRITE);
	vmf |= _trans(flags, MAP_EXECUTABLE, VM_EXECUTABLE);
	return vmf;
#undef _trans
}

/*
 * Map len bytes of file (from page pgoff on), or anonymous memory if
 * file is NULL, into the current address space: at addr exactly with
 * MAP_FIXED (whatever was there is unmapped first), else at the first
 * hole from addr (or TASK_UNMAPPED_BASE) up.  Returns the address, or a
 * negative error.  The caller holds mmap_sem.
 */
/// §2.13 系统调用 mmap() 的主体：在当前进程的虚拟地址空间中建立一个虚存区间，
/// 把文件（从第 pgoff 页起）或匿名内存映射进来。它只建立 vm_area_struct，并不分配物理页面，
/// 也不建立页面表项；真正的页面要等到访问时的页面异常（do_no_page）才装入。
/// 调用者已持有 mmap_sem。各项检查的次序和错误码都与 2.4.0 相同：
/// 长度为 0 时原样返回 addr（不是错误）；越过 TASK_SIZE 为 -EINVAL；区间数超过 MAX_MAP_COUNT 为 -ENOMEM。
/// 2.4.0: mm/mmap.c do_mmap_pgoff()
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long npages, vmf, start, end;
	/// denied_write：本函数是否已经调用过 deny_write_access（成功后要记得补回）；npages 是页数，vmf 是新区间的 vm_flags。
	int denied_write = 0;
	int error;

	/// 文件系统或设备驱动必须提供 mmap 方法，否则这种文件不能映射。
	if (file != NULL && (file->f_op == NULL || file->f_op->mmap == NULL))
		return -ENODEV;

	/// 长度按页向上取整。很大的 len（例如 0xFFFFF001）取整后回绕成 0，也按长度为 0 处理，原样返回 addr。
	len = PAGE_ALIGN(len);
	/* Nothing to map: 2.4.0 hands the address back. */
	if (len == 0)
		return addr;
	/// 整个区间必须在用户空间（TASK_SIZE，即 3GB）以内；写成 addr > TASK_SIZE - len 是为了不让 addr + len 溢出。
	if (len > TASK_SIZE || addr > TASK_SIZE - len)
		return -EINVAL;
	npages = len >> PAGE_SHIFT;
	/* The last page's file offset must not wrap around. */
	/// 文件内的页号不能回绕：最后一页的位移必须还能用 unsigned long 表示。
	if (pgoff + npages < pgoff)
		return -EINVAL;
	/// 注意用的是“大于”：区间数恰好等于 MAX_MAP_COUNT 时还能再映射一个，2.4.0 就是这样。
	if (mm->map_count > MAX_MAP_COUNT)
		return -ENOMEM;
	/* After mlockall(MCL_FUTURE) the new pages count as locked. */
	/// 进程调用过 mlockall(MCL_FUTURE)：新的映射都要锁在内存里，先检查已锁定的加上这一次的不超过 RLIMIT_MEMLOCK。
	if ((mm->def_flags & VM_LOCKED) &&
	    (mm->locked_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_MEMLOCK].rlim_cur)
		return -EAGAIN;

	/* What the open file allows; the open itself checked permissions. */
	/// 对文件映射做访问方式的检查。打开文件时已经检查过权限，这里只核对打开方式与映射方式是否相容。
	if (file != NULL) {
		struct inode *inode = file->f_dentry->d_inode;
		unsigned long type = flags & MAP_TYPE;

		/// 对文件来说，映射方式必须恰好是私有或共享之一（匿名映射不检查这一项）；这一项最先检查，
		/// 其他检查都在它之后，与 2.4.0 按映射方式分情形检查的次序一致。
		if (type != MAP_SHARED && type != MAP_PRIVATE)
			return -EINVAL;
		/// 共享映射的写入会写回文件：要写就必须以写方式打开；以写方式打开的只许追加的文件不能共享映射；
		/// 文件上有强制锁时返回 -EAGAIN。
		if (type == MAP_SHARED) {
			/* Stores through the mapping reach the file. */
			if ((prot & PROT_WRITE) &&
			    !(file->f_mode & FMODE_WRITE))
				return -EACCES;
			if ((file->f_mode & FMODE_WRITE) && IS_APPEND(inode))
				return -EACCES;
			if (locks_verify_locked(inode))
				return -EAGAIN;
		}
		/// 两种映射都要能读文件。
		if (!(file->f_mode & FMODE_READ))
			return -EACCES;
	}

	/// 没有 MAP_FIXED：由 get_unmapped_area() 从 addr（或 TASK_UNMAPPED_BASE）开始向上找第一个够大的空洞；
	/// 有 MAP_FIXED：必须恰好映射在 addr（页对齐），原来那里的映射稍后会被拆掉。
	if (!(flags & MAP_FIXED)) {
		addr = get_unmapped_area(addr, len);
		if (addr == 0)
			return -ENOMEM;
	} else if (addr & ~PAGE_MASK) {
		return -EINVAL;
	}

	/* The flags the area will have. */
	/// 先算出新区间的标志：prot/flags 换算来的位，加上 mlockall 留下的 def_flags（VM_LOCKED）。
	vmf = vm_flags(prot, flags) | mm->def_flags;
	/// VM_MAY* 记录此区间以后允许 mprotect() 打开哪些权限：匿名映射，或者文件可读，读、写、执行都可以
	/// （私有映射的写只是写时拷贝，不会写回文件）。
	if (file == NULL || (file->f_mode & FMODE_READ))
		vmf |= VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	/// 共享映射。文件不是以写方式打开的：共享映射退化成私有映射，VM_SHARED 和 VM_MAYWRITE 都清掉，
	/// 以后也不能经 mprotect 变成可写（也堵住了 ptrace 借共享映射写只读文件的漏洞）；
	/// VM_MAYSHARE 保留，只是为了 /proc/<pid>/maps 显示为共享。匿名的共享映射没有这个问题。
	if (flags & MAP_SHARED) {
		vmf |= VM_SHARED | VM_MAYSHARE;
		/*
		 * A file not open for writing cannot be written through
		 * the mapping either: it behaves as a private one
		 * (VM_MAYSHARE stays, for the record).
		 */
		if (file != NULL && !(file->f_mode & FMODE_WRITE))
			vmf &= ~(VM_MAYWRITE | VM_SHARED);
	}

	/// 从 slab 专用缓冲区分配 vm_area_struct。这一步在拆除旧映射之前，分配失败时什么都还没改变。
	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (vma == NULL)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_flags = vmf;
	/// 页面表项的保护位由 vm_flags 的低 4 位查 protection_map 得出。
	vma->vm_page_prot = protection_map[vmf & 0x0f];
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_pgoff = pgoff;
	/* The file and its methods come only once the checks pass. */
	vma->vm_file = NULL;
	vma->vm_ops = NULL;
	vma->vm_private_data = NULL;
	/// 文件映射：清除预读提示（madvise 以后才会设置），读入的页面从头开始预读。匿名映射不设 vm_raend，2.4.0 也是如此。
	if (file != NULL) {
		VM_ClearReadHint(vma);
		vma->vm_raend = 0;
	}

	/* Make room (MAP_FIXED over existing areas). */
	error = -ENOMEM;
	/// 先拆除目标范围内原有的映射（MAP_FIXED 覆盖已有区间时）。注意此后的检查若失败，
	/// 旧映射已经没有了——2.4.0 就是这样的次序。
	if (do_munmap(mm, addr, len) != 0)
		goto fail_free;
	/// 整个虚拟地址空间的大小不得超过 RLIMIT_AS。
	if ((mm->total_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_AS].rlim_cur)
		goto fail_free;
	/* Private writable pages may all need memory of their own. */
	/// 只有私有可写映射需要估算内存：它的每一页都可能因写时拷贝而需要一个自己的物理页面。
	/// 共享映射的页面在文件（或共享内存）里，只读映射不会复制；MAP_NORESERVE 表示调用者自担风险。
	if ((vmf & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) && !vm_enough_memory(npages))
		goto fail_free;

	if (file != NULL) {
		/// 可执行文件的映射（只有内核的 exec 会带 MAP_DENYWRITE，sys_mmap2 会把它滤掉）：
		/// 有人正在写这个文件则失败（-ETXTBSY），否则把 i_writecount 减 1，阻止以后的写打开。
		if (vmf & VM_DENYWRITE) {
			error = deny_write_access(file);
			if (error)
				goto fail_free;
			denied_write = 1;
		}
		vma->vm_file = file;
		get_file(file);
		/// 由文件系统或驱动完成自己那一部分：普通文件设置 vm_ops（filemap_nopage），
		/// 设备驱动可能直接建立页面表项（remap_page_range），甚至改动区间的起止地址和标志。
		error = file->f_op->mmap(file, vma);
		if (error)
			goto fail_unmap;
	/// 共享的匿名映射要在进程间共享页面，由 shmem 建立一个看不见的共享内存文件来承载。
	} else if (flags & MAP_SHARED) {
		error = shmem_zero_setup(vma);
		if (error)
			goto fail_free;
	}

	/* A driver's mmap method may have moved the area or changed flags. */
	/// 驱动的 mmap 方法可能改了区间，这里重新取回起始地址和标志（长度仍按 len 记账，与 2.4.0 相同）。
	addr = vma->vm_start;
	vmf = vma->vm_flags;
	/// 挂入进程的线性队列（以及AVL树）和文件的映射队列。
	insert_vm_struct(mm, vma);
	/* The insert took its own write denial; drop deny_write_access's. */
	/// __insert_vm_struct 对 DENYWRITE 的区间又把 i_writecount 减了一次，这里把 deny_write_access
	/// 那一次加回来，最后每个这样的区间只占一次。
	if (denied_write)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);

	mm->total_vm += npages;
	/// 锁定的区间不能等到访问时才装入页面：立即把所有页面都调入（make_pages_present）。
	if (vmf & VM_LOCKED) {
		mm->locked_vm += npages;
		make_pages_present(addr, addr + len);
	}
	return addr;

/// 文件的 mmap 方法失败：撤销 deny_write_access 和 get_file，驱动可能已经建立了部分页面表项，
/// 用 zap_page_range 清掉（前后刷新高速缓存和 TLB）。
fail_unmap:
	if (denied_write)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);
	vma->vm_file = NULL;
	fput(file);
	/* The driver may have mapped some pages before failing. */
	start = vma->vm_start;
	end = vma->vm_end;
	flush_cache_range(mm, start, end);
	zap_page_range(mm, start, end - start);
	flush_tlb_range(mm, start, end);
/// 其余的失败只需释放 vm_area_struct，返回 error 中的错误码。
fail_free:
	kmem_cache_free(vm_area_cachep, vma);
	return error;
}

/*
 * The lowest page-aligned address at or above addr (TASK_UNMAPPED_BASE
 * if addr is 0) where len bytes fit between the areas of the current
 * process, below TASK_SIZE: first fit, upward.  0 means there is none.
 */
#ifndef HAVE_ARCH_UNMAPPED_AREA
/// §2.13 为不带 MAP_FIXED 的 mmap 找一段没有映射的地址：从 addr（为 0 时从 TASK_UNMAPPED_BASE，
/// 即 1GB 处）开始，沿着按地址排序的虚存区间队列向上，找第一个放得下 len 的空洞（first fit）。
/// 返回 0 表示找不到。这正是用户程序看到的“第一次 mmap 得到 0x40000000，以后依次向上、重用空洞”。
/// 2.4.0: mm/mmap.c get_unmapped_area()
unsigned long get_unmapped_area(unsigned long addr, unsigned long len)
{
	struct vm_area_struct *next;

	if (len > TASK_SIZE)
		return 0;
	/// 没有给出地址时从 TASK_UNMAPPED_BASE（1GB）找起；给出的地址按页向上取整，低于 1GB 的也照用。
	addr = PAGE_ALIGN(addr ? addr : TASK_UNMAPPED_BASE);

	/* Step over each area in the way, upward from addr. */
	/// find_vma 给出第一个结束地址在 addr 之上的区间；以后只需沿 vm_next 向上，
	/// 每遇到一个挡路的区间就把 addr 移到它的末尾再试。
	next = find_vma(current->mm, addr);
	for (;;) {
		/// 放不下了（区间会越过 TASK_SIZE）：找不到，返回 0。
		if (addr > TASK_SIZE - len)
			return 0;
		/// 上面再没有区间，或者 addr 到下一个区间起点之间放得下 len：这就是第一个合适的空洞。
		if (next == NULL || addr + len <= next->vm_start)
			return addr;
		addr = next->vm_end;
		next = next->vm_next;
	}
}
#endif

/// AVL树中的空树就是 NULL；mmap_avl.c 按这个名字写成，包含它之前先定义好。
#define vm_avl_empty	(struct vm_area_struct *) NULL

/// 与 2.4.0 相同，AVL树的代码以源文件包含的方式编入 mmap.c，不单独编译。
#include "mmap_avl.c"

/*
 * The first area that ends above addr (it may start above addr too), or
 * NULL.  The last answer is kept in mm->mmap_cache and tried first; then
 * the list is walked, or the AVL tree descended once there is one.
 */
/// §2.3 给定虚拟地址 addr，找出它所在的虚存区间——更准确地说，找第一个结束地址大于 addr 的区间；
/// 这个区间的起点可能在 addr 之上（addr 落在空洞里），调用者要自己判断 vm_start <= addr。
/// 先试 mmap_cache：程序访问有局部性，上一次找到的区间很可能就是这一次要找的。
/// 不命中时，区间少（没有建AVL树）就顺着线性队列找，区间多就在AVL树中查找，
/// 找到的结果存入 mmap_cache。
/// 2.4.0: mm/mmap.c find_vma()
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma, *found = NULL;

	if (mm == NULL)
		return NULL;

	/// 先试 mmap_cache：它覆盖 addr（vm_start <= addr < vm_end）就直接返回，连缓存都不用更新。
	vma = mm->mmap_cache;
	if (vma && vma->vm_start <= addr && addr < vma->vm_end)
		return vma;

	/// 还没有AVL树（区间数从未达到 AVL_MIN_MAP_COUNT，即 32）：线性队列短，顺序找第一个结束地址大于 addr 的区间。
	if (mm->mmap_avl == NULL) {
		for (vma = mm->mmap; vma != NULL; vma = vma->vm_next) {
			if (vma->vm_end > addr) {
				found = vma;
				break;
			}
		}
	/// 在AVL树中查找：结束地址不大于 addr 的结点及其左子树都不用再看，往右走；
	/// 结束地址大于 addr 的结点是候选者，记下它，它若还覆盖 addr 就是答案，否则往左找更低的候选者。
	} else {
		vma = mm->mmap_avl;
		while (vma != vm_avl_empty) {
			if (vma->vm_end <= addr) {
				vma = vma->vm_avl_right;
				continue;
			}
			/* A candidate; a lower one may hang to its left. */
			found = vma;
			if (vma->vm_start <= addr)
				break;
			vma = vma->vm_avl_left;
		}
	}
	/// 找不到（addr 在所有区间之上）时不改动 mmap_cache。
	if (found != NULL)
		mm->mmap_cache = found;
	return found;
}

/*
 * find_vma(), also giving the area before the result in the list (NULL
 * if the result is the first).  It neither uses nor fills mmap_cache.
 */
/// §2.3 与 find_vma() 相同，另外通过 *pprev 给出线性队列里结果的前一个区间（do_munmap 要用它摘链）。
/// 它既不查也不填 mmap_cache。注意一个 2.4.0 的细节：addr 在所有区间之上时，
/// 顺序查找分支把 *pprev 留在最后一个区间上，而AVL树分支给出 NULL；返回值都是 NULL。
/// 2.4.0: mm/mmap.c find_vma_prev()
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma, *before = NULL;
	struct vm_area_struct *node, *last_right;

	/// 先把 *pprev 置为 NULL：mm 为空、或树中找不到时，返回的前一个区间都是 NULL。
	*pprev = NULL;
	if (mm == NULL)
		return NULL;

	/// 没有树：顺着队列走，before 总是刚走过的那个区间。找不到时（addr 在所有区间之上）
	/// before 停在最后一个区间上，照样交给 *pprev——这就是上面说的 2.4.0 的细节。
	if (mm->mmap_avl == NULL) {
		/* The list: the area before is the one walked last. */
		for (vma = mm->mmap; vma && vma->vm_end <= addr;
		     vma = vma->vm_next)
			before = vma;
		*pprev = before;
		return vma;
	}

	vma = NULL;
	last_right = NULL;
	/// 有树：与 find_vma 相同的下降，另外记下最后一次向右拐的结点 last_right。
	/// 每遇到一个候选者，它前面的区间暂定为 last_right。
	node = mm->mmap_avl;
	while (node != vm_avl_empty) {
		if (node->vm_end <= addr) {
			last_right = node;
			node = node->vm_avl_right;
			continue;
		}
		/* Lower areas hang off the last right turn ... */
		vma = node;
		before = last_right;
		if (node->vm_start <= addr)
			break;
		node = node->vm_avl_left;
	}
	/// 树中找不到：*pprev 保持 NULL。
	if (vma == NULL)
		return NULL;
	/* ... unless vma has a left subtree of its own. */
	/// 结果若有左子树，前一个区间在这棵子树里，是其中最右的结点，比 last_right 更近。
	for (node = vma->vm_avl_left; node != vm_avl_empty;
	     node = node->vm_avl_right)
		before = node;
	/// 树和队列应当描述同一组区间；不一致就说明某处维护出了错，2.4.0 只打印一行提示。
	if ((before ? before->vm_next : mm->mmap) != vma)
		printk("find_vma_prev: tree inconsistent with list\n");
	*pprev = before;
	return vma;
}

/*
 * The area covering addr, growing a stack area down to it if addr lies
 * just below one.  For kernel code that touches user memory of another
 * process (ptrace, access_process_vm).
 */
/// §2.5 找覆盖 addr 的区间；addr 若落在一个堆栈区间（VM_GROWSDOWN）下方，就把堆栈扩展下来包住它。
/// 这是给内核代替进程访问其用户空间时用的（ptrace、access_process_vm），相当于缺页处理中
/// 堆栈扩展的那一步。锁定的堆栈还要立即调入新增的页面。
/// 2.4.0: mm/mmap.c find_extend_vma()
struct vm_area_struct *find_extend_vma(struct mm_struct *mm,
				       unsigned long addr)
{
	struct vm_area_struct *vma;
	unsigned long old_start;

	/// 按页处理：堆栈只能整页地扩展。
	addr &= PAGE_MASK;
	vma = find_vma(mm, addr);
	/// 上面没有区间（NULL），或者区间已经覆盖 addr：直接返回。
	if (vma == NULL || vma->vm_start <= addr)
		return vma;
	/* addr lies in the gap below vma: only a stack grows into it. */
	if (!(vma->vm_flags & VM_GROWSDOWN))
		return NULL;
	/// 记下扩展前的起点：锁定的堆栈要把新增的 [addr, old_start) 立即调入。
	old_start = vma->vm_start;
	/// 扩展失败（超过 RLIMIT_STACK 等）返回 NULL。
	if (expand_stack(vma, addr) != 0)
		return NULL;
	if (vma->vm_flags & VM_LOCKED)
		make_pages_present(addr, old_start);
	return vma;
}

/*
 * do_munmap() has taken area off the list and tree and zapped [addr,
 * addr + len) of it.  Put back what is left, one of four cases:
 *  - nothing (the whole area went): close and free it;
 *  - the part before addr (the tail went): truncate;
 *  - the part after (the head went): move the start and the file offset;
 *  - both (a hole in the middle): extra, the spare area do_munmap
 *    allocated beforehand, becomes the upper part.
 * Returns extra, or NULL if it was used.
 */
/// §2.12 解除映射之后修整一个虚存区间。do_munmap 已经把它从线性队列和AVL树中摘下，
/// 并释放了 [addr, addr+len) 中的页面，这里按四种情形处理剩下的部分：
/// 整个区间都解除了——关闭并释放；解除的是尾部——截短；解除的是头部——起点后移，文件位移 vm_pgoff 随之增加；
/// 解除的是中间——剩下两段，上面一段用 do_munmap 预先分配好的 extra 来表示。剩下的部分重新插入。
/// 返回没有用掉的 extra。
/// 2.4.0: mm/mmap.c unmap_fixup()
static struct vm_area_struct *unmap_fixup(struct mm_struct *mm,
	struct vm_area_struct *area, unsigned long addr, size_t len,
	struct vm_area_struct *extra)
{
	unsigned long end = addr + len;
	unsigned long npages = len >> PAGE_SHIFT;
	/// upper 只在中间打洞时使用：它就是 extra，表示洞上面的那一段。
	struct vm_area_struct *upper = NULL;

	/// 进程虚拟地址空间的大小（及锁定的大小）减去解除映射的页数。
	area->vm_mm->total_vm -= npages;
	if (area->vm_flags & VM_LOCKED)
		area->vm_mm->locked_vm -= npages;

	/* Nothing left of it. */
	/// 整个区间都没了：调用 vm_ops->close，释放对文件的引用，释放 vm_area_struct 本身；extra 原样返回。
	if (area->vm_start == addr && area->vm_end == end) {
		if (area->vm_ops != NULL && area->vm_ops->close != NULL)
			area->vm_ops->close(area);
		if (area->vm_file != NULL)
			fput(area->vm_file);
		kmem_cache_free(vm_area_cachep, area);
		return extra;
	}

	/// 其余三种情形先只改区间本身，加锁和重新插入放在最后统一做。尾部解除：截短到 addr。
	if (area->vm_end == end) {
		/* The tail went. */
		area->vm_end = addr;
	/// 头部解除：起点上移，文件中的起始页号也相应后移，保持“区间起点对应文件第 vm_pgoff 页”。
	} else if (area->vm_start == addr) {
		/* The head went: the file offset follows the start. */
		area->vm_pgoff += (end - area->vm_start) >> PAGE_SHIFT;
		area->vm_start = end;
	/// 中间打洞：把上半段做成一个新的区间。它复制原区间的权限、标志、操作、文件等，vm_raend 清零，
	/// 并对文件多占一次引用、调用一次 vm_ops->open，与一个新建的映射无异。extra 用掉了，返回 NULL。
	} else {
		/* A hole: extra becomes the part above it. */
		upper = extra;
		extra = NULL;
		upper->vm_mm = area->vm_mm;
		upper->vm_start = end;
		upper->vm_end = area->vm_end;
		upper->vm_flags = area->vm_flags;
		upper->vm_page_prot = area->vm_page_prot;
		upper->vm_pgoff = area->vm_pgoff +
				  ((end - area->vm_start) >> PAGE_SHIFT);
		upper->vm_raend = 0;
		upper->vm_file = area->vm_file;
		upper->vm_ops = area->vm_ops;
		upper->vm_private_data = area->vm_private_data;
		if (upper->vm_file)
			get_file(upper->vm_file);
		if (upper->vm_ops && upper->vm_ops->open)
			upper->vm_ops->open(upper);
		/// 原区间自己只剩下半段。
		area->vm_end = addr;
	}

	/* Same file for both pieces: one lock covers them. */
	/// 两段映射的是同一个文件，所以锁 area 的映射队列就够了；锁的次序（先 i_shared_lock，
	/// 后 page_table_lock）与 2.4.0 相同。有上半段时先插入它，再插入原区间。
	lock_vma_mappings(area);
	spin_lock(&mm->page_table_lock);
	if (upper != NULL)
		__insert_vm_struct(mm, upper);
	__insert_vm_struct(mm, area);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(area);
	return extra;
}

/*
 * Free the page tables that nothing maps any more after [start, end)
 * was unmapped: only whole page-directory slots (4 MB each) lying in the
 * gap between the area before (prev, or one found from it) and the area
 * after.  Tables shared with a neighbour stay.
 */
/// §2.12 解除映射以后，尽量释放不再有用的页面表。只释放整个落在前后两个区间之间的空隙里的
/// 页面目录项所管的页面表（每个管 4MB）；与邻近区间共用的页面表不能释放。
/// 不去逐项扫描页面表，代价很小，又能回收大段解除映射后留下的页面表。
/// 2.4.0: mm/mmap.c free_pgtables()
static void free_pgtables(struct mm_struct *mm, struct vm_area_struct *prev,
			  unsigned long start, unsigned long end)
{
	unsigned long first, last, first_slot, last_slot;
	struct vm_area_struct *next;

	/* From the 4 MB slot holding start to the one holding end - 1. */
	/// first 取 start 所在 4MB 的起点，last 取 end 向上凑满 4MB 的位置，下面再按前后两个区间收缩。
	first = start & PGDIR_MASK;
	last = end + PGDIR_SIZE - 1;
	/// 没有 prev：看队列中第一个区间。它若在空隙之上，它就是后一个区间，空隙之前没有区间，
	/// 只需把 last 限制在它的起点；否则它在空隙之前，当作 prev 继续。
	if (prev == NULL) {
		prev = mm->mmap;
		if (prev != NULL && prev->vm_end > start) {
			/* No area below the gap; this one is above it. */
			if (last > prev->vm_start)
				last = prev->vm_start;
			prev = NULL;
		}
	}
	/// prev 只是一个“在空隙之前”的区间，不一定紧挨着：unmap_fixup 放回来的残段也可能在它之后、空隙之前，
	/// 先越过它们；紧接着的下一个区间限制 last。
	if (prev != NULL) {
		/* Pass what was put back below the gap. */
		while ((next = prev->vm_next) != NULL && next->vm_start < start)
			prev = next;
		if (next != NULL && last > next->vm_start)
			last = next->vm_start;
		/// 前一个区间伸进了 first 所在的 4MB：那一个页面表还要用，从下一个 4MB 开始释放。
		if (prev->vm_end > first)
			first = prev->vm_end + PGDIR_SIZE - 1;
	}

	/// last 被限制在下一个区间的起点，所以 [first, last) 中的完整页面目录项都只管着空隙。
	first_slot = pgd_index(first);
	last_slot = pgd_index(last);
	if (last_slot > first_slot) {
		clear_page_tables(mm, first_slot, last_slot - first_slot);
		flush_tlb_pgtables(mm, first & PGDIR_MASK, last & PGDIR_MASK);
	}
}

/*
 * Unmap [addr, addr + len) from mm.  Every area overlapping the range is
 * taken off the list and tree first; then each loses its pages in the
 * range and unmap_fixup() puts back what is left of it.  Unmapping where
 * nothing is mapped is not an error.
 */
/// §2.12 解除 [addr, addr+len) 的映射。先把所有与之相交的虚存区间从线性队列和AVL树中摘下，
/// 放在一个临时队列里；再逐个释放其中落在范围内的页面（zap_page_range），
/// 由 unmap_fixup 把剩下的部分放回去；最后释放空出来的页面表。
/// 范围内什么也没有映射时返回 0，这不是错误。
/// 2.4.0: mm/mmap.c do_munmap()
int do_munmap(struct mm_struct *mm, unsigned long addr, size_t len)
{
	struct vm_area_struct *vma, *prev, **link, *detached, *spare;
	unsigned long end;

	/// 起点必须页对齐，整个范围必须在用户空间之内（TASK_SIZE，即 3GB）；长度按页向上取整后为 0 也是 -EINVAL。
	if ((addr & ~PAGE_MASK) || addr > TASK_SIZE || len > TASK_SIZE - addr)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (len == 0)
		return -EINVAL;
	end = addr + len;

	/// 找到第一个结束在 addr 之上的区间及其前一个区间，摘链要从 prev->vm_next 开始。
	vma = find_vma_prev(mm, addr, &prev);
	/* Nothing mapped in [addr, end). */
	if (vma == NULL || vma->vm_start >= end)
		return 0;

	/* A hole in the middle of an area makes one area more. */
	/// 在一个区间中间打洞会多出一个区间：区间数已经达到上限就拒绝。
	if (vma->vm_start < addr && end < vma->vm_end &&
	    mm->map_count >= MAX_MAP_COUNT)
		return -ENOMEM;

	/* The spare for a split; after this nothing may fail. */
	/// 中间打洞时需要一个新的 vm_area_struct。先分配好，因为这是最后一个能够轻松失败的地方：
	/// 一旦开始摘链，就必须做完。
	spare = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (spare == NULL)
		return -ENOMEM;

	/* Take every area starting below end off the list and tree. */
	/// link 指向队列中指着 vma 的那个指针。把所有起点在范围末端之前的区间（它们都与范围相交）
	/// 依次摘下，压入临时队列 detached（后摘的在前）；有AVL树时也从树中删除。
	link = prev ? &prev->vm_next : &mm->mmap;
	detached = NULL;
	spin_lock(&mm->page_table_lock);
	while (vma != NULL && vma->vm_start < end) {
		*link = vma->vm_next;
		vma->vm_next = detached;
		detached = vma;
		if (mm->mmap_avl)
			avl_remove(vma, &mm->mmap_avl);
		vma = *link;
	}
	/// mmap_cache 可能指向刚摘下的区间，让它失效。
	mm->mmap_cache = NULL;
	spin_unlock(&mm->page_table_lock);

	/* Now each of them, the highest first. */
	/// 逐个处理摘下的区间，地址最高的先处理；[from, to) 是它落在范围内的部分。
	while ((vma = detached) != NULL) {
		unsigned long from, to;
		struct file *held = NULL;

		detached = vma->vm_next;
		from = vma->vm_start > addr ? vma->vm_start : addr;
		to = vma->vm_end < end ? vma->vm_end : end;

		/*
		 * A part that stays is re-inserted by unmap_fixup(), which
		 * takes a write denial again: keep the count from passing
		 * through zero (and letting a writer in) meanwhile.
		 */
		/// 只解除了一部分的 DENYWRITE 区间：下面 remove_shared_vm_struct 会把 i_writecount 加回去，
		/// unmap_fixup 重新插入剩下的部分时又会减掉。为了中间这一刻计数不回到 0（给了写者可乘之机），
		/// 先多减一次，事后再加回来。
		if ((vma->vm_flags & VM_DENYWRITE) && vma->vm_file &&
		    (from != vma->vm_start || to != vma->vm_end)) {
			held = vma->vm_file;
			atomic_dec(&held->f_dentry->d_inode->i_writecount);
		}
		remove_shared_vm_struct(vma);
		mm->map_count--;

		/// 释放范围内的页面（以及交换页面），清除页面表项；页面表本身留到最后由 free_pgtables 处理。
		flush_cache_range(mm, from, to);
		zap_page_range(mm, from, to - from);
		flush_tlb_range(mm, from, to);

		/// 剩下的部分由 unmap_fixup 放回；spare 若被用掉，它返回 NULL。
		spare = unmap_fixup(mm, vma, from, to - from, spare);
		if (held != NULL)
			atomic_inc(&held->f_dentry->d_inode->i_writecount);
	}

	/// 没有中间打洞，预先分配的 spare 没用上，释放掉。
	if (spare != NULL)
		kmem_cache_free(vm_area_cachep, spare);
	/// 最后看看有没有整块空出来的页面表可以释放。
	free_pgtables(mm, prev, addr, end);
	return 0;
}

/// §2.12 系统调用 munmap()：在 mmap_sem 保护下调用 do_munmap()。
/// 2.4.0: mm/mmap.c sys_munmap()
asmlinkage long sys_munmap(unsigned long addr, size_t len)
{
	struct mm_struct *mm = current->mm;
	long result;

	down(&mm->mmap_sem);
	result = do_munmap(mm, addr, len);
	up(&mm->mmap_sem);
	return result;
}

/*
 * Map len bytes of anonymous read/write/exec memory at addr exactly, for
 * brk(): a do_mmap_pgoff() with everything known in advance.  If the area
 * just below ends at addr with the same flags and no file, it is
 * extended instead (the only merging of areas 2.4.0 does).
 */
/// §2.12 为 brk() 在 addr 处建立一个可读、可写、可执行的私有匿名映射，相当于一个简化了的
/// do_mmap_pgoff()：地址是确定的，没有文件，标志也是固定的。
/// 它还做 2.4.0 中唯一的一种区间合并：紧挨在 addr 下面的区间若也是匿名的、标志完全相同
/// （通常就是上一次 brk 建立的堆），只把它的 vm_end 往上推，不另建区间。
/// 2.4.0: mm/mmap.c do_brk()
unsigned long do_brk(unsigned long addr, unsigned long len)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long npages, vmf;
	int error;

	/// 长度为 0 时与 do_mmap_pgoff 一样原样返回 addr。
	len = PAGE_ALIGN(len);
	if (len == 0)
		return addr;
	npages = len >> PAGE_SHIFT;

	/// mlockall(MCL_FUTURE) 之后新的堆也要锁定，先检查 RLIMIT_MEMLOCK。
	if ((mm->def_flags & VM_LOCKED) &&
	    (mm->locked_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_MEMLOCK].rlim_cur)
		return -EAGAIN;

	/* Also checks addr and len. */
	/// 先拆掉那里原有的映射；addr 不对齐或越界的错误也由 do_munmap 报告，错误码原样返回。
	error = do_munmap(mm, addr, len);
	if (error)
		return error;

	/// 三项限制依次检查，任何一项不满足都是 -ENOMEM：RLIMIT_AS、区间数、内存是否够用。
	/// 它们在拆除旧映射之后才检查，与 2.4.0 一致。
	if ((mm->total_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_AS].rlim_cur ||
	    mm->map_count > MAX_MAP_COUNT ||
	    !vm_enough_memory(npages))
		return -ENOMEM;

	/// 堆的标志：读、写、执行，外加全部 VM_MAY*（以及 mlockall(MCL_FUTURE) 留下的 VM_LOCKED），通常是 0x77。
	vmf = vm_flags(PROT_READ | PROT_WRITE | PROT_EXEC,
		       MAP_FIXED | MAP_PRIVATE) | mm->def_flags |
	      VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;

	/* An anonymous area just like it ending at addr just grows. */
	/// find_vma(addr-1) 找到的区间若正好结束在 addr，它就紧挨在新区间下面；它若是匿名的、标志完全相同，
	/// 只需把它的 vm_end 往上推。注意这一次 find_vma 会更新 mmap_cache。
	if (addr != 0) {
		vma = find_vma(mm, addr - 1);
		if (vma != NULL && vma->vm_end == addr &&
		    vma->vm_file == NULL && vma->vm_flags == vmf) {
			vma->vm_end = addr + len;
			goto account;
		}
	}

	/// 否则新建一个匿名区间：保护位查 protection_map（私有可写即 PAGE_COPY），没有文件，页号为 0。
	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (vma == NULL)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_flags = vmf;
	vma->vm_page_prot = protection_map[vmf & 0x0f];
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	/* Anonymous memory: no file, no methods. */
	vma->vm_pgoff = 0;
	vma->vm_file = NULL;
	vma->vm_ops = NULL;
	vma->vm_private_data = NULL;
	insert_vm_struct(mm, vma);

/// 两条路都在这里记账：总页数，以及锁定时的锁定页数和立即调入页面。
account:
	mm->total_vm += npages;
	if (vmf & VM_LOCKED) {
		mm->locked_vm += npages;
		make_pages_present(addr, addr + len);
	}
	return addr;
}

/* Build mm's AVL tree from scratch out of its area list. */
/// §2.3 由线性队列建立AVL树：逐个插入所有虚存区间。区间数首次达到 AVL_MIN_MAP_COUNT 时
/// （__insert_vm_struct），以及 fork 复制出区间队列以后调用。
/// 2.4.0: mm/mmap.c build_mmap_avl()
void build_mmap_avl(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap;

	/// 从空树开始，按队列次序（也就是地址次序）逐个插入。
	mm->mmap_avl = vm_avl_empty;
	while (vma != NULL) {
		avl_insert(vma, &mm->mmap_avl);
		vma = vma->vm_next;
	}
}

/*
 * Remove every area of mm and free the user page tables: the address
 * space's last user is gone (exit, or exec replacing it).
 */
/// §2.12 拆除整个用户虚拟地址空间：进程退出，或 exec 换用新的地址空间时，
/// mm_struct 的最后一个使用者调用它。逐个关闭、释放所有虚存区间及其页面，
/// 最后释放全部用户页面表（页面目录本身要等 mm_struct 释放时才释放）。
/// 2.4.0: mm/mmap.c exit_mmap()
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *next;

	/// 释放进程私有的 LDT（如果有的话）。
	release_segments(mm);

	/* Detach the whole list; the mm no longer has any area. */
	/// 先把整个队列摘下来，再慢慢释放；AVL树和 mmap_cache 也一并作废，不必逐个从树中删除。
	spin_lock(&mm->page_table_lock);
	vma = mm->mmap;
	mm->mmap = NULL;
	mm->mmap_avl = NULL;
	mm->mmap_cache = NULL;
	spin_unlock(&mm->page_table_lock);
	/// 各项计数清零（zap_page_range 不会把 rss 减成负数）。
	mm->rss = 0;
	mm->total_vm = 0;
	mm->locked_vm = 0;

	/// 逐个区间：先调 close 方法，再从文件的映射队列中摘下，释放其中的页面，放掉文件引用，释放 vm_area_struct。
	for (; vma != NULL; vma = next) {
		unsigned long start = vma->vm_start;
		unsigned long end = vma->vm_end;

		next = vma->vm_next;
		if (vma->vm_ops && vma->vm_ops->close)
			vma->vm_ops->close(vma);
		mm->map_count--;
		remove_shared_vm_struct(vma);
		flush_cache_range(mm, start, end);
		zap_page_range(mm, start, end - start);
		if (vma->vm_file)
			fput(vma->vm_file);
		kmem_cache_free(vm_area_cachep, vma);
	}

	/* Only a debugging aid: every area was counted once. */
	if (mm->map_count != 0)
		printk("exit_mmap: map count is %d\n", mm->map_count);

	/// 释放用户空间全部 768 个页面目录项所管的页面表。
	clear_page_tables(mm, FIRST_USER_PGD_NR, USER_PTRS_PER_PGD);
}

/*
 * Link vmp into mm: into the address-sorted list (found by walking it,
 * or from its neighbours in the AVL tree), into the tree once there are
 * AVL_MIN_MAP_COUNT areas, and onto its file's list of mappings.  The
 * caller holds page_table_lock and, for a file, the mapping's
 * i_shared_lock.
 */
/// §2.3 把一个虚存区间插入进程的虚拟地址空间：挂入按地址排序的线性队列；有AVL树时同时插入树中，
/// 并借树求出的左邻居确定在队列中的位置；再挂入所映射文件的 i_mmap 或 i_mmap_shared 队列。
/// 区间数达到 AVL_MIN_MAP_COUNT 时建立AVL树，此后即使区间数减少，树也一直保留，直到 exit_mmap。
/// 调用者持有 page_table_lock，有文件时还持有 i_shared_lock（见 insert_vm_struct）。
/// 2.4.0: mm/mmap.c __insert_vm_struct()
void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vmp)
{
	struct vm_area_struct **link;
	struct file *file = vmp->vm_file;

	/// 没有树：从队列头顺序找到第一个起点在 vmp 之后的区间，插在它前面。
	if (mm->mmap_avl == NULL) {
		/* After every area that starts at or below vmp. */
		link = &mm->mmap;
		while (*link != NULL && (*link)->vm_start <= vmp->vm_start)
			link = &(*link)->vm_next;
	/// 有树：插入树的同时得到左右邻居，vmp 挂在左邻居之后（没有左邻居就挂在队列头）；
	/// 此时 *link 应当正是右邻居，否则树与队列不一致。
	} else {
		struct vm_area_struct *left, *right;

		/* The tree gives the neighbours: link in after the left one. */
		avl_insert_neighbours(vmp, &mm->mmap_avl, &left, &right);
		link = left ? &left->vm_next : &mm->mmap;
		if (*link != right)
			printk("insert_vm_struct: tree inconsistent with list\n");
	}
	vmp->vm_next = *link;
	*link = vmp;

	/* From now on the tree is kept, even if the count drops again. */
	/// 区间数达到 AVL_MIN_MAP_COUNT 而还没有树时，由整个队列建树（新插入的 vmp 也在其中）。
	mm->map_count++;
	if (mm->mmap_avl == NULL && mm->map_count >= AVL_MIN_MAP_COUNT)
		build_mmap_avl(mm);

	if (file != NULL) {
		struct inode *inode = file->f_dentry->d_inode;
		struct vm_area_struct **head;

		/// 每个 DENYWRITE 的区间都让 i_writecount 再减 1，区间被摘下时（__remove_shared_vm_struct）再加回。
		if (vmp->vm_flags & VM_DENYWRITE)
			atomic_dec(&inode->i_writecount);

		/* Push vmp at the head of the file's shared or private list. */
		/// 共享映射和私有映射分挂两个队列：写回文件、截断文件时要找的主要是共享映射。
		/// 新区间插在队列头，vm_pprev_share 指向队列头指针本身。
		if (vmp->vm_flags & VM_SHARED)
			head = &inode->i_mapping->i_mmap_shared;
		else
			head = &inode->i_mapping->i_mmap;
		vmp->vm_next_share = *head;
		if (*head != NULL)
			(*head)->vm_pprev_share = &vmp->vm_next_share;
		*head = vmp;
		vmp->vm_pprev_share = head;
	}
}

/// §2.3 取得文件映射队列的锁和 page_table_lock 后调用 __insert_vm_struct()。
/// 2.4.0: mm/mmap.c insert_vm_struct()
void insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vmp)
{
	/* 2.4.0 takes the current task's page_table_lock, not mm's. */
	/// 注意锁的是当前进程的 page_table_lock，而不是参数 mm 的。内核里的调用者（do_mmap_pgoff、do_brk、
	/// mremap、exec）传入的都是 current->mm，两者相同；这是 2.4.0 的写法，照样保留。
	spinlock_t *ptl = &current->mm->page_table_lock;

	lock_vma_mappings(vmp);
	spin_lock(ptl);
	__insert_vm_struct(mm, vmp);
	spin_unlock(ptl);
	unlock_vma_mappings(vmp);
}
