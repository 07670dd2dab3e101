// Exercises: a struct error type with a pointer-receiver Error using a time.Time field, run() returning &MyError as error, printing it with Println and %v, a nil *MyError check.
package main

import (
	"fmt"
	"time"
)

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When.Format(time.RFC3339), e.What)
}

func run(fail bool) error {
	if fail {
		return &MyError{time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC), "it didn't work"}
	}
	return nil
}

func find(ok bool) *MyError {
	if ok {
		return nil
	}
	return &MyError{What: "missing"}
}

func main() {
	if err := run(true); err != nil {
		fmt.Println(err)
		fmt.Printf("%v|%T\n", err, err)
		if me, ok := err.(*MyError); ok {
			fmt.Println(me.When.Year(), me.What)
		}
	}
	fmt.Println(run(false) == nil)
	fmt.Println(find(true) == nil, find(false).What)
	var err error = find(false)
	fmt.Println(err)
}
