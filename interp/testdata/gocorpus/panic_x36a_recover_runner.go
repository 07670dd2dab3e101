package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Outcome struct {
	Name   string
	Value  any
	Err    error
	Panics bool
}

func safeRun(name string, f func() any) (out Outcome) {
	out.Name = name
	defer func() {
		if r := recover(); r != nil {
			out.Panics = true
			switch e := r.(type) {
			case runtime.Error:
				out.Err = fmt.Errorf("runtime: %w", e)
			case error:
				out.Err = e
			default:
				out.Err = fmt.Errorf("panic: %v", e)
			}
		}
	}()
	out.Value = f()
	return out
}

// buggy binary search: off-by-one on hi when target is greater than all
func buggySearch(nums []int, target int) int {
	lo, hi := 0, len(nums)
	for lo <= hi {
		mid := (lo + hi) / 2
		if nums[mid] == target {
			return mid
		} else if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1
}

type ListNode struct {
	Val  int
	Next *ListNode
}

func middle(head *ListNode) int {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow.Val
}

var ErrInvalid = errors.New("invalid input")

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Errorf("mustPositive(%d): %w", n, ErrInvalid))
	}
	return n
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide %d/%d: %v", a, b, r)
		}
	}()
	return a / b, nil
}

func main() {
	cases := []struct {
		name string
		f    func() any
	}{
		{"search found", func() any { return buggySearch([]int{1, 3, 5, 7}, 5) }},
		{"search past end", func() any { return buggySearch([]int{1, 3, 5, 7}, 9) }},
		{"middle of list", func() any { return middle(&ListNode{1, &ListNode{2, &ListNode{3, nil}}}) }},
		{"middle of nil", func() any { return middle(nil) }},
		{"positive", func() any { return mustPositive(3) }},
		{"negative", func() any { return mustPositive(-1) }},
		{"custom panic", func() any { panic(struct{ Code int }{42}) }},
		{"map write", func() any {
			var m map[string]int
			m["x"] = 1
			return m
		}},
		{"type assert", func() any {
			var v any = "str"
			return v.(int)
		}},
	}
	for _, c := range cases {
		o := safeRun(c.name, c.f)
		if o.Panics {
			fmt.Printf("%-16s PANIC %v (invalid=%t)\n", o.Name, o.Err, errors.Is(o.Err, ErrInvalid))
			continue
		}
		fmt.Printf("%-16s ok    %v\n", o.Name, o.Value)
	}
	q, err := divide(7, 2)
	fmt.Println(q, err)
	q, err = divide(1, 0)
	fmt.Println(q, err)
	var re runtime.Error
	o := safeRun("slice", func() any { s := []int{1}; i := 3; return s[:i] })
	fmt.Println(errors.As(o.Err, &re), strings.Contains(o.Err.Error(), "out of range"))
}
