// Exercises: container/list as a circular marble ring, moving an element pointer with Next/Prev wrapping, removing elements, scores per player slice.
package main

import (
	"container/list"
	"fmt"
	"slices"
)

func next(l *list.List, e *list.Element) *list.Element {
	if n := e.Next(); n != nil {
		return n
	}
	return l.Front()
}

func prev(l *list.List, e *list.Element) *list.Element {
	if p := e.Prev(); p != nil {
		return p
	}
	return l.Back()
}

func play(players, last int) int {
	l := list.New()
	cur := l.PushBack(0)
	scores := make([]int, players)
	for m := 1; m <= last; m++ {
		if m%23 == 0 {
			for i := 0; i < 7; i++ {
				cur = prev(l, cur)
			}
			scores[m%players] += m + cur.Value.(int)
			rm := cur
			cur = next(l, cur)
			l.Remove(rm)
			continue
		}
		cur = l.InsertAfter(m, next(l, cur))
	}
	return slices.Max(scores)
}

func main() {
	fmt.Println(play(9, 25), play(10, 1618), play(13, 7999))
	l := list.New()
	for _, s := range []string{"b", "c"} {
		l.PushBack(s)
	}
	l.PushFront("a")
	l.MoveToBack(l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
