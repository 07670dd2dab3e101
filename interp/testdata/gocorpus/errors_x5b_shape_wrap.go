// Exercises: a ShapeError type wrapped with %w through two levels, errors.As and errors.Is, a sentinel error
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty batch")

type ShapeError struct {
	Op     string
	R1, C1 int
	R2, C2 int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: (%dx%d) x (%dx%d)", e.Op, e.R1, e.C1, e.R2, e.C2)
}

func matmul(r1, c1, r2, c2 int) error {
	if c1 != r2 {
		return &ShapeError{"matmul", r1, c1, r2, c2}
	}
	return nil
}

func layer(name string, in, out, batch, feat int) error {
	if batch == 0 {
		return fmt.Errorf("layer %s: %w", name, ErrEmpty)
	}
	if err := matmul(batch, feat, in, out); err != nil {
		return fmt.Errorf("layer %s forward: %w", name, err)
	}
	return nil
}

func model(batch, feat int) error {
	if err := layer("fc1", 4, 3, batch, feat); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	return nil
}

func main() {
	for _, c := range [][2]int{{2, 4}, {2, 5}, {0, 4}} {
		err := model(c[0], c[1])
		fmt.Println("err:", err)
		var se *ShapeError
		if errors.As(err, &se) {
			fmt.Printf("  shape error in %s: inner dims %d != %d\n", se.Op, se.C1, se.R2)
		}
		fmt.Println("  empty?", errors.Is(err, ErrEmpty), "unwrap once:", errors.Unwrap(err))
	}
	joined := errors.Join(model(1, 9), model(0, 0))
	var se *ShapeError
	fmt.Println(errors.As(joined, &se), errors.Is(joined, ErrEmpty))
	fmt.Printf("%v\n%q\n", joined, se.Error())
}
