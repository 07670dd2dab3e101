package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type ParseError struct {
	Input string
	Pos   int
}

func (e *ParseError) Error() string {
	return "parse error at " + strconv.Itoa(e.Pos) + " in " + strconv.Quote(e.Input)
}

func mustDigit(s string, i int) int {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		panic(&ParseError{s, i})
	}
	return int(s[i] - '0')
}

func sumDigits(s string) (total int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch x := r.(type) {
		case *ParseError:
			err = x
		case runtime.Error:
			err = fmt.Errorf("runtime: %w", x)
		case error:
			err = x
		default:
			panic(r)
		}
	}()
	for i := 0; i < len(s); i++ {
		if s[i] == '!' {
			var arr []int
			_ = arr[i]
		}
		if s[i] == '?' {
			panic(fmt.Sprintf("unexpected ? at %d", i))
		}
		if s[i] == '#' {
			panic(errors.New("hash not allowed"))
		}
		total += mustDigit(s, i)
	}
	return total, nil
}

func safe(s string) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprintf("re-panicked: %v", r)
		}
	}()
	n, err := sumDigits(s)
	if err != nil {
		var pe *ParseError
		var re runtime.Error
		switch {
		case errors.As(err, &pe):
			return fmt.Sprintf("bad input at %d", pe.Pos)
		case errors.As(err, &re):
			return "runtime error: " + re.Error()
		}
		return "error: " + err.Error()
	}
	return "sum=" + strconv.Itoa(n)
}

func deferOrder() (out []int) {
	for i := range 3 {
		defer func() { out = append(out, i) }()
	}
	return []int{9}
}

func main() {
	for _, in := range []string{"12345", "12a45", "7!", "1?2", "#", ""} {
		fmt.Printf("%-6q %s\n", in, safe(in))
	}
	fmt.Println(deferOrder())
	func() {
		defer fmt.Println("deferred print runs")
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var m map[string]*ParseError
		fmt.Println(m["x"].Pos)
	}()
	fmt.Println("done")
}
