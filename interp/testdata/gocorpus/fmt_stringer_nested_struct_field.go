// Exercises: Stringer on a nested struct field versus the outer struct without String.
package main

import "fmt"

type Level int

const (
	Low Level = iota + 1
	Mid
	High
)

func (l Level) String() string {
	return [...]string{"?", "low", "mid", "high"}[l]
}

type Task struct {
	Title    string
	Priority Level
	Sub      *Task
}

func main() {
	t := Task{"write tests", High, &Task{"setup", Low, nil}}
	fmt.Printf("%v\n", t.Priority)
	fmt.Printf("%+v\n", *t.Sub)
	fmt.Println(t.Title, t.Priority, t.Sub.Priority)
	fmt.Println(map[Level]int{Mid: 2, High: 3, Low: 1})
	fmt.Printf("%d %v\n", Mid, Level(2))
}
