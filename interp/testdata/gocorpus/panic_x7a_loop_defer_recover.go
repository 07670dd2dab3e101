// Exercises: deferred closures registered in a loop that capture the loop variable and recover, recover inside such a closure stopping the panic, per-task protection
package main

import (
	"errors"
	"fmt"
)

type task struct {
	name string
	fail bool
}

func runAll(tasks []task) (report []string) {
	for i, t := range tasks {
		defer func() {
			if r := recover(); r != nil {
				report = append(report, fmt.Sprintf("task %d (%s) panicked: %v", i, t.name, r))
			}
		}()
	}
	for _, t := range tasks {
		report = append(report, "ran "+t.name)
		if t.fail {
			panic(errors.New(t.name + " failed"))
		}
	}
	return report
}

func safe(i int, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step %d: %v", i, r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(runAll([]task{{"fetch", false}, {"parse", false}}))
	for _, line := range runAll([]task{{"fetch", false}, {"parse", true}, {"store", false}}) {
		fmt.Println(line)
	}
	var errs []error
	for i := range 3 {
		if err := safe(i, func() {
			if i == 1 {
				var m map[int]int
				m[i] = i
			}
		}); err != nil {
			errs = append(errs, err)
		}
	}
	fmt.Println(errors.Join(errs...))
}
