// SPDX-License-Identifier: GPL-2.0-only
/*
 * b_exit - the baseline of make bench: a program that only exits, so the
 * cost of fork, execve, exit and wait can be taken off each test's count.
 */
int main(void)
{
	return 0;
}
