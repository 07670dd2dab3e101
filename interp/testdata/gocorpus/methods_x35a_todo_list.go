package main

import (
	"fmt"
	"slices"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "HIGH"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Task struct {
	ID       int
	Title    string
	Done     bool
	Priority Priority
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title, Priority: p}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Complete(id int) error {
	for _, t := range l.tasks {
		if t.ID == id {
			if t.Done {
				return fmt.Errorf("task %d already done", id)
			}
			t.Done = true
			return nil
		}
	}
	return fmt.Errorf("task %d not found", id)
}

func (l *TodoList) Pending() []*Task {
	var out []*Task
	for _, t := range l.tasks {
		if !t.Done {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b *Task) int { return int(b.Priority) - int(a.Priority) })
	return out
}

func (t Task) String() string {
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	return fmt.Sprintf("%s #%d %-16s (%v)", box, t.ID, t.Title, t.Priority)
}

func main() {
	var todo TodoList
	todo.Add("buy milk", Low)
	todo.Add("write report", High)
	todo.Add("call mom", Medium)
	todo.Add("fix bug #42", High)
	todo.Add("water plants", Low)

	for _, id := range []int{2, 5, 2, 9} {
		if err := todo.Complete(id); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("all:")
	for _, t := range todo.tasks {
		fmt.Println(" ", *t)
	}
	fmt.Println("pending by priority:")
	for _, t := range todo.Pending() {
		fmt.Println(" ", t)
	}
	titles := make([]string, 0)
	for _, t := range todo.tasks {
		titles = append(titles, strings.ToUpper(t.Title[:1])+t.Title[1:])
	}
	fmt.Printf("%q\n", titles)
	fmt.Println(Priority(7), High, []Priority{Low, High})
}
