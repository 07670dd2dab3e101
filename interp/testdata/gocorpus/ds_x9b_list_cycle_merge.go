// Exercises: Floyd cycle detection on *ListNode and finding the cycle start, merging two sorted lists iteratively with a dummy head and recursively, a nil-safe String.
package main

import "fmt"

type ListNode struct {
	Val  int
	Next *ListNode
}

func build(vals ...int) (head *ListNode) {
	for i := len(vals) - 1; i >= 0; i-- {
		head = &ListNode{vals[i], head}
	}
	return head
}
func (n *ListNode) String() string {
	if n == nil {
		return "."
	}
	return fmt.Sprint(n.Val, " ", n.Next)
}

func cycleStart(h *ListNode) *ListNode {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			for slow != h {
				slow, h = slow.Next, h.Next
			}
			return h
		}
	}
	return nil
}

func mergeIter(a, b *ListNode) *ListNode {
	var dummy ListNode
	t := &dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	if a == nil {
		a = b
	}
	t.Next = a
	return dummy.Next
}
func mergeRec(a, b *ListNode) *ListNode {
	if a == nil || b != nil && b.Val < a.Val {
		a, b = b, a
	}
	if a != nil {
		a.Next = mergeRec(a.Next, b)
	}
	return a
}

func main() {
	c := build(1, 2, 3, 4, 5, 6)
	fmt.Println(mergeIter(build(1, 4, 7), build(2, 3, 8, 9)), mergeRec(build(5, 6), build(1, 5, 10)), cycleStart(c) == nil)
	c.Next.Next.Next.Next.Next.Next = c.Next.Next // 6 -> 3
	fmt.Println(cycleStart(c).Val, (*ListNode)(nil), cycleStart(nil) == nil, mergeRec(nil, nil) == nil)
}
