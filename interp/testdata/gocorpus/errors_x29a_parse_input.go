package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrNegative = errors.New("negative value")

type Record struct {
	Name  string
	Age   int
	Score float64
}

func parseLine(n int, line string) (Record, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 3 {
		return Record{}, &ParseError{n, line, fmt.Errorf("expected 3 fields, got %d", len(fields))}
	}
	name := strings.TrimSpace(fields[0])
	age, err := strconv.Atoi(strings.TrimSpace(fields[1]))
	if err != nil {
		return Record{}, &ParseError{n, line, err}
	}
	if age < 0 {
		return Record{}, &ParseError{n, line, ErrNegative}
	}
	score, err := strconv.ParseFloat(strings.TrimSpace(fields[2]), 64)
	if err != nil {
		return Record{}, &ParseError{n, line, err}
	}
	return Record{name, age, score}, nil
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	result = a / b
	return
}

func mustPositive(x int) int {
	if x <= 0 {
		panic(fmt.Sprintf("mustPositive(%d)", x))
	}
	return x
}

func process(input string) (records []Record, errs []error) {
	for i, line := range strings.Split(input, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r, err := parseLine(i+1, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		records = append(records, r)
	}
	return
}

func main() {
	input := `# name, age, score
Ann, 20, 88.5
Ben, twenty, 70
Cid, 19
Dee, -4, 91
Eli, 22, 7x.5

Fay, 21, 95.25`
	records, errs := process(input)
	for _, r := range records {
		fmt.Printf("%+v\n", r)
	}
	fmt.Println(len(errs), "errors:")
	for _, err := range errs {
		fmt.Println(" ", err)
		var numErr *strconv.NumError
		if errors.As(err, &numErr) {
			fmt.Printf("    strconv: func=%s num=%q err=%v\n", numErr.Func, numErr.Num, numErr.Err)
		}
		if errors.Is(err, ErrNegative) {
			fmt.Println("    (negative age)")
		}
	}
	joined := errors.Join(errs...)
	fmt.Println(strings.Count(joined.Error(), "\n")+1, "joined lines")

	for _, pair := range [][2]int{{10, 2}, {7, 0}} {
		q, err := safeDivide(pair[0], pair[1])
		fmt.Println(q, err)
	}

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v (%T)\n", r, r)
		}()
		fmt.Println(mustPositive(3))
		fmt.Println(mustPositive(-1))
		fmt.Println("not reached")
	}()

	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	v, err := strconv.ParseBool("maybe")
	fmt.Println(v, err)
	n, err := strconv.ParseInt("7fffffffffffffffff", 16, 64)
	fmt.Println(n, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-45)+"!")
}
