// Exercises: panicking with a struct value and recovering it with a type switch.
package main

import "fmt"

type AppPanic struct {
	Code int
	Hint string
}

type Exit struct{ Status int }

func risky(kind int) {
	switch kind {
	case 1:
		panic(AppPanic{500, "database down"})
	case 2:
		panic(&Exit{Status: 3})
	case 3:
		panic(fmt.Sprintf("kind %d", kind))
	}
	fmt.Println("kind", kind, "ran fine")
}

func handle(kind int) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case AppPanic:
			msg = fmt.Sprintf("app panic %d (%s)", v.Code, v.Hint)
		case *Exit:
			msg = fmt.Sprintf("exit with status %d", v.Status)
		default:
			msg = fmt.Sprintf("other: %v (%T)", v, v)
		}
	}()
	risky(kind)
	return "unreachable?"
}

func main() {
	for k := 0; k <= 3; k++ {
		fmt.Println(handle(k))
	}
}
