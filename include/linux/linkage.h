/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Calling-convention and symbol helpers shared by C and assembly.
 * Follows Linux 2.4.0 include/linux/linkage.h.
 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#ifdef __cplusplus
#define CPP_ASMLINKAGE extern "C"
#else
#define CPP_ASMLINKAGE
#endif

/* i386 passes every argument on the stack: never let gcc use registers. */
#define asmlinkage CPP_ASMLINKAGE __attribute__((regparm(0)))

#define SYMBOL_NAME_STR(X) #X
#define SYMBOL_NAME(X) X
#define SYMBOL_NAME_LABEL(X) X:

#define __ALIGN .align 16,0x90
#define __ALIGN_STR ".align 16,0x90"

#ifdef __ASSEMBLY__
#define ALIGN __ALIGN
#define ENTRY(name) \
	.globl SYMBOL_NAME(name); \
	ALIGN; \
	SYMBOL_NAME_LABEL(name)
#endif

/*
 * Port: a system call that takes the saved registers as its arguments
 * must not let gcc turn its last call into a tail call (gcc 2.x never
 * did): the tail call's arguments would be written over the saved user
 * registers.  An empty asm that "changes" the result is enough.
 */
#define prevent_tail_call(ret)	__asm__ ("" : "=r" (ret) : "0" (ret))

#define NORET_TYPE
#define ATTRIB_NORET __attribute__((noreturn))
#define NORET_AND noreturn,

#endif
