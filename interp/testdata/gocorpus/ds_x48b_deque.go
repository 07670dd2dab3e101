package main

import (
	"container/list"
	"fmt"
)

type Deque[T any] struct {
	l list.List
}

func (d *Deque[T]) PushFront(v T) { d.l.PushFront(v) }
func (d *Deque[T]) PushBack(v T)  { d.l.PushBack(v) }
func (d *Deque[T]) Len() int      { return d.l.Len() }

func (d *Deque[T]) PopFront() (T, bool) {
	if e := d.l.Front(); e != nil {
		return d.l.Remove(e).(T), true
	}
	var zero T
	return zero, false
}

func (d *Deque[T]) PopBack() (T, bool) {
	if e := d.l.Back(); e != nil {
		return d.l.Remove(e).(T), true
	}
	var zero T
	return zero, false
}

func (d *Deque[T]) Back() T  { return d.l.Back().Value.(T) }
func (d *Deque[T]) Front() T { return d.l.Front().Value.(T) }

func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range xs {
		for dq.Len() > 0 && xs[dq.Back()] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.Front() <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, xs[dq.Front()])
		}
	}
	return out
}

func isPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range s {
		if r != ' ' {
			d.PushBack(r)
		}
	}
	for d.Len() > 1 {
		a, _ := d.PopFront()
		b, _ := d.PopBack()
		if a != b {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(slidingMax([]int{9, 8, 7, 6, 5}, 2))
	for _, s := range []string{"racecar", "never odd or even", "gopher", "ab ba", ""} {
		fmt.Printf("%q palindrome=%v\n", s, isPalindrome(s))
	}
	var d Deque[fmt.Stringer]
	d.PushBack(nil)
	fmt.Println(d.Len())
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	v, ok := d.PopFront()
	fmt.Println(v, ok)
}
