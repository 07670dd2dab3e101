package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func josephusRing(n, k int) []int {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev() // stand before person 1
	var order []int
	for r.Len() > 1 {
		r = r.Move(k - 1)
		removed := r.Unlink(1)
		order = append(order, removed.Value.(int))
	}
	return append(order, r.Value.(int))
}

func josephusList(n, k int) []int {
	l := list.New()
	for i := 1; i <= n; i++ {
		l.PushBack(i)
	}
	var order []int
	e := l.Front()
	for l.Len() > 0 {
		for i := 1; i < k; i++ {
			if e = e.Next(); e == nil {
				e = l.Front()
			}
		}
		next := e.Next()
		if next == nil {
			next = l.Front()
		}
		order = append(order, l.Remove(e).(int))
		e = next
	}
	return order
}

func josephusFormula(n, k int) int {
	j := 0
	for i := 2; i <= n; i++ {
		j = (j + k) % i
	}
	return j + 1
}

func main() {
	for _, c := range []struct{ n, k int }{{7, 3}, {10, 2}, {5, 1}, {6, 7}} {
		a := josephusRing(c.n, c.k)
		b := josephusList(c.n, c.k)
		fmt.Printf("%+v ring=%v list=%v survivor=%d formula=%d\n", c, a, b, a[len(a)-1], josephusFormula(c.n, c.k))
	}
	r := ring.New(4)
	for i := 0; i < 4; i++ {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("ring sum:", sum, "len:", r.Len())
}
