package main

import (
	"errors"
	"fmt"
	"strings"
)

type Unit int

const (
	Row Unit = iota
	Col
	Box
)

func (u Unit) String() string {
	return [...]string{"row", "column", "box"}[u]
}

type DuplicateError struct {
	Unit  Unit
	Index int
	Digit byte
}

func (e DuplicateError) Error() string {
	return fmt.Sprintf("duplicate %c in %v %d", e.Digit, e.Unit, e.Index)
}

var ErrShape = errors.New("board must be 9x9")

func validate(board []string) error {
	if len(board) != 9 {
		return fmt.Errorf("%w: got %d rows", ErrShape, len(board))
	}
	var rows, cols, boxes [9][10]bool
	var errs []error
	for r, line := range board {
		if len(line) != 9 {
			return fmt.Errorf("row %d: %w", r, ErrShape)
		}
		for c := 0; c < 9; c++ {
			ch := line[c]
			if ch == '.' {
				continue
			}
			if ch < '1' || ch > '9' {
				return fmt.Errorf("bad cell %q at (%d,%d)", ch, r, c)
			}
			d := ch - '0'
			b := r/3*3 + c/3
			if rows[r][d] {
				errs = append(errs, DuplicateError{Row, r, ch})
			}
			if cols[c][d] {
				errs = append(errs, DuplicateError{Col, c, ch})
			}
			if boxes[b][d] {
				errs = append(errs, DuplicateError{Box, b, ch})
			}
			rows[r][d], cols[c][d], boxes[b][d] = true, true, true
		}
	}
	return errors.Join(errs...)
}

func main() {
	valid := []string{
		"53..7....", "6..195...", ".98....6.",
		"8...6...3", "4..8.3..1", "7...2...6",
		".6....28.", "...419..5", "....8..79",
	}
	fmt.Println("valid:", validate(valid))

	bad := append([]string(nil), valid...)
	bad[0] = "83..7...." // 8 also in column 0 and box 0
	bad[8] = "....8..75"
	err := validate(bad)
	fmt.Println("bad:")
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println("  -", line)
	}
	var de DuplicateError
	if errors.As(err, &de) {
		fmt.Printf("first: %+v (%v)\n", de, de.Unit)
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined errors:", len(u.Unwrap()))
	}

	short := validate(valid[:5])
	fmt.Println(short, errors.Is(short, ErrShape))
	ragged := append([]string(nil), valid...)
	ragged[4] = "4..8.3..1."
	err = validate(ragged)
	fmt.Println(err, errors.Is(err, ErrShape), errors.Unwrap(err) == ErrShape)
	bad[2] = ".98..x.6."
	fmt.Println(validate(bad))
	fmt.Printf("%v %d %s %q\n", Box, Box, Col, Row)
}
