package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Job func() int

type JobError struct {
	Name  string
	Cause any
}

func (e *JobError) Error() string { return fmt.Sprintf("job %s panicked: %v", e.Name, e.Cause) }

func (e *JobError) Unwrap() error {
	if err, ok := e.Cause.(error); ok {
		return err
	}
	return nil
}

func safeRun(name string, j Job) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &JobError{Name: name, Cause: r}
			result = -1
		}
	}()
	return j(), nil
}

var errBudget = errors.New("budget exceeded")

func main() {
	var nilMap map[string]int
	var nilPtr *struct{ X int }
	items := []int{1, 2, 3}
	jobs := []struct {
		name string
		job  Job
	}{
		{"ok", func() int { return 42 }},
		{"index", func() int { i := 5; return items[i] }},
		{"nilmap", func() int { nilMap["a"] = 1; return 0 }},
		{"nilptr", func() int { return nilPtr.X }},
		{"divide", func() int { z := 0; return 10 / z }},
		{"custom", func() int { panic(fmt.Errorf("step 3: %w", errBudget)) }},
		{"string", func() int { panic("plain string") }},
		{"assert", func() int { var v any = "str"; return v.(int) }},
		{"slice", func() int { lo := 2; return len(items[lo:1]) }},
	}
	for _, j := range jobs {
		res, err := safeRun(j.name, j.job)
		if err == nil {
			fmt.Printf("%-7s -> %d\n", j.name, res)
			continue
		}
		var je *JobError
		errors.As(err, &je)
		_, isRuntime := je.Cause.(runtime.Error)
		fmt.Printf("%-7s -> %d runtime=%t budget=%t\n        %v\n", j.name, res, isRuntime, errors.Is(err, errBudget), err)
	}

	var trace []string
	func() {
		defer func() {
			r := recover()
			trace = append(trace, fmt.Sprintf("outer recovered %v", r))
		}()
		defer func() {
			trace = append(trace, "second defer")
		}()
		func() {
			defer func() {
				if r := recover(); r != nil {
					trace = append(trace, fmt.Sprintf("inner recovered %v, re-panicking", r))
					panic(fmt.Sprint("wrapped: ", r))
				}
			}()
			panic("original")
		}()
	}()
	fmt.Println(strings.Join(trace, "\n"))
}
