// Exercises: notebook style: a slice of structs at package level, helpers that append, toggle and print
package main

import "fmt"

type Task struct {
	Title string
	Done  bool
}

var tasks []Task
var nextID = 1

func addTask(title string) {
	tasks = append(tasks, Task{Title: fmt.Sprintf("%d. %s", nextID, title)})
	nextID++
}

func complete(i int) {
	tasks[i].Done = true
}

func printTasks() {
	for _, t := range tasks {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] %s\n", mark, t.Title)
	}
}

func main() {
	addTask("read chapter 3")
	addTask("derive gradients")
	addTask("write tests")
	complete(1)
	printTasks()
	fmt.Println(len(tasks), nextID)
}
