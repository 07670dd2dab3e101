package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func build(vals ...int) *ListNode {
	dummy := &ListNode{}
	cur := dummy
	for _, v := range vals {
		cur.Next = &ListNode{Val: v}
		cur = cur.Next
	}
	return dummy.Next
}

func (l *ListNode) String() string {
	var sb strings.Builder
	for n := l; n != nil; n = n.Next {
		if sb.Len() > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.Val)
	}
	if sb.Len() == 0 {
		return "<empty>"
	}
	return sb.String()
}

func reverse(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head.Next, prev, head = prev, head, head.Next
	}
	return prev
}

func mergeTwo(a, b *ListNode) *ListNode {
	dummy := ListNode{}
	tail := &dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func detectCycle(head *ListNode) *ListNode {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			for p := head; ; p, slow = p.Next, slow.Next {
				if p == slow {
					return p
				}
			}
		}
	}
	return nil
}

func removeNthFromEnd(head *ListNode, n int) *ListNode {
	dummy := &ListNode{Next: head}
	fast, slow := dummy, dummy
	for range n + 1 {
		fast = fast.Next
	}
	for fast != nil {
		fast, slow = fast.Next, slow.Next
	}
	slow.Next = slow.Next.Next
	return dummy.Next
}

func reorderList(head *ListNode) {
	if head == nil {
		return
	}
	slow, fast := head, head
	for fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	second := reverse(slow.Next)
	slow.Next = nil
	for first := head; second != nil; {
		n1, n2 := first.Next, second.Next
		first.Next, second.Next = second, n1
		first, second = n1, n2
	}
}

func main() {
	l := build(1, 2, 3, 4, 5)
	fmt.Println(l)
	fmt.Println(reverse(l))
	fmt.Println(mergeTwo(build(1, 2, 4), build(1, 3, 4)))
	fmt.Println(mergeTwo(nil, build(0)), (*ListNode)(nil))
	cyc := build(3, 2, 0, -4)
	cyc.Next.Next.Next.Next = cyc.Next
	if n := detectCycle(cyc); n != nil {
		fmt.Println("cycle at", n.Val)
	}
	fmt.Println(detectCycle(build(1, 2)) == nil)
	fmt.Println(removeNthFromEnd(build(1, 2, 3, 4, 5), 2), removeNthFromEnd(build(1), 1))
	r := build(1, 2, 3, 4, 5, 6)
	reorderList(r)
	fmt.Printf("%v | %+v\n", r, *build(7))
}
