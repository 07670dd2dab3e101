// Exercises: two implementations of the same interface chosen at runtime.
package main

import "fmt"

type Queue interface {
	Put(int)
	Take() (int, bool)
	Len() int
}

type fifo struct{ items []int }
type lifo struct{ items []int }

func (q *fifo) Put(v int) { q.items = append(q.items, v) }
func (q *fifo) Take() (int, bool) {
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *fifo) Len() int { return len(q.items) }

func (q *lifo) Put(v int) { q.items = append(q.items, v) }
func (q *lifo) Take() (int, bool) {
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	return v, true
}
func (q *lifo) Len() int { return len(q.items) }

func drain(q Queue) {
	for i := 1; i <= 4; i++ {
		q.Put(i * 11)
	}
	fmt.Printf("%T len=%d:", q, q.Len())
	for v, ok := q.Take(); ok; v, ok = q.Take() {
		fmt.Print(" ", v)
	}
	fmt.Println()
}

func main() {
	drain(&fifo{})
	drain(&lifo{})
}
