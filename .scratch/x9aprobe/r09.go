// Exercises: user error type as a value held in an error interface then printed by Println and %v
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Pos struct {
	Line int
	Msg  string
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, ParseError{3, "empty"}
	}
	return len(s), nil
}

func main() {
	_, err := parse("")
	fmt.Println(err)
	fmt.Printf("%v|%s|%+v|%T\n", err, err, err, err)
	fmt.Println(Pos{3, "empty"}, []error{err, nil})
}
