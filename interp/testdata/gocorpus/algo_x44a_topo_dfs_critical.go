package main

import (
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	Name     string
	Duration int
	Deps     []string
}

type Schedule struct {
	Start, Finish map[string]int
	Critical      []string
	Span          int
}

func Plan(tasks []Task) (s Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("plan failed: %v", r)
		}
	}()
	byName := map[string]Task{}
	for _, t := range tasks {
		byName[t.Name] = t
	}
	state := map[string]int{}
	var order []string
	var visit func(string, []string)
	visit = func(n string, trail []string) {
		switch state[n] {
		case 1:
			panic("cycle " + strings.Join(append(trail, n), " -> "))
		case 2:
			return
		}
		if _, ok := byName[n]; !ok {
			panic(fmt.Sprintf("unknown task %q", n))
		}
		state[n] = 1
		for _, d := range byName[n].Deps {
			visit(d, append(trail, n))
		}
		state[n] = 2
		order = append(order, n)
	}
	for _, t := range tasks {
		visit(t.Name, nil)
	}
	s.Start, s.Finish = map[string]int{}, map[string]int{}
	via := map[string]string{}
	for _, n := range order {
		for _, d := range byName[n].Deps {
			if s.Finish[d] > s.Start[n] {
				s.Start[n] = s.Finish[d]
				via[n] = d
			}
		}
		s.Finish[n] = s.Start[n] + byName[n].Duration
		if s.Finish[n] > s.Span {
			s.Span = s.Finish[n]
		}
	}
	var last string
	for _, n := range order {
		if s.Finish[n] == s.Span {
			last = n
		}
	}
	for n := last; n != ""; n = via[n] {
		s.Critical = append(s.Critical, n)
	}
	slices.Reverse(s.Critical)
	return s, nil
}

func main() {
	tasks := []Task{
		{"design", 3, nil},
		{"db", 4, []string{"design"}},
		{"api", 5, []string{"design"}},
		{"ui", 6, []string{"api"}},
		{"tests", 2, []string{"db", "api"}},
		{"deploy", 1, []string{"ui", "tests"}},
	}
	s, err := Plan(tasks)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%-8s %5s %6s %6s\n", "task", "dur", "start", "finish")
	for _, t := range tasks {
		fmt.Printf("%-8s %5d %6d %6d\n", t.Name, t.Duration, s.Start[t.Name], s.Finish[t.Name])
	}
	fmt.Println("span:", s.Span, "critical:", strings.Join(s.Critical, " > "))
	tasks[0].Deps = []string{"deploy"}
	_, err = Plan(tasks)
	fmt.Println(err)
	_, err = Plan([]Task{{"x", 1, []string{"y"}}})
	fmt.Println(err)
}
