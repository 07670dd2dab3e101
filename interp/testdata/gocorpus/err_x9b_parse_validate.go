// Exercises: strconv errors (*strconv.NumError, ErrSyntax, ErrRange) inspected with errors.As/Is, a custom field error type collected into a joined report, line-numbered parsing.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type FieldError struct {
	Line  int
	Field string
	Err   error
}

func (e *FieldError) Error() string { return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err) }
func (e *FieldError) Unwrap() error { return e.Err }

type Record struct {
	Name string
	Age  int8
}

const input = `alice,30
bob,x1
carol,300
,4
dave,41`

func parse(src string) ([]Record, error) {
	var recs []Record
	var errs []error
	for i, line := range strings.Split(src, "\n") {
		name, ageStr, _ := strings.Cut(line, ",")
		if name == "" {
			errs = append(errs, &FieldError{i + 1, "name", errors.New("empty")})
			continue
		}
		age, err := strconv.ParseInt(ageStr, 10, 8)
		if err != nil {
			errs = append(errs, &FieldError{i + 1, "age", err})
			continue
		}
		recs = append(recs, Record{name, int8(age)})
	}
	return recs, errors.Join(errs...)
}

func main() {
	recs, err := parse(input)
	fmt.Println(recs)
	fmt.Println(err)
	var ne *strconv.NumError
	var fe *FieldError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	fmt.Println(errors.As(err, &fe), fe.Line, fe.Field)
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fmt.Printf("%T ", errors.Unwrap(e))
	}
	fmt.Println()
}
