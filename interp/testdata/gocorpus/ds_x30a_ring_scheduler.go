package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type Task struct {
	Name      string
	Remaining int
}

func roundRobin(tasks []*Task, quantum int) []string {
	r := ring.New(len(tasks))
	for _, t := range tasks {
		r.Value = t
		r = r.Next()
	}
	var log []string
	tick := 0
	for r.Len() > 0 {
		t := r.Value.(*Task)
		run := min(quantum, t.Remaining)
		t.Remaining -= run
		tick += run
		log = append(log, fmt.Sprintf("t=%02d %s(%d)", tick, t.Name, run))
		if t.Remaining == 0 {
			if r.Len() == 1 {
				break
			}
			r = r.Prev()
			r.Unlink(1)
		}
		r = r.Next()
	}
	return log
}

type History struct {
	l   *list.List
	max int
}

func (h *History) Visit(page string) {
	for e := h.l.Front(); e != nil; e = e.Next() {
		if e.Value == page {
			h.l.MoveToFront(e)
			return
		}
	}
	h.l.PushFront(page)
	if h.l.Len() > h.max {
		h.l.Remove(h.l.Back())
	}
}

func (h *History) String() string {
	var parts []string
	for e := h.l.Front(); e != nil; e = e.Next() {
		parts = append(parts, e.Value.(string))
	}
	return strings.Join(parts, " < ")
}

func main() {
	tasks := []*Task{{"A", 5}, {"B", 2}, {"C", 7}, {"D", 3}}
	for _, line := range roundRobin(tasks, 2) {
		fmt.Println(line)
	}

	r := ring.New(5)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("ring sum", sum)
	r.Move(2).Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Println("removed", removed.Len(), "left", r.Len())

	h := &History{l: list.New(), max: 3}
	for _, p := range []string{"home", "docs", "blog", "docs", "about", "home"} {
		h.Visit(p)
	}
	fmt.Println(h)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
