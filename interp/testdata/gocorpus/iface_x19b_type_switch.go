package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case Shape:
		return fmt.Sprintf("shape area %.1f", x.Area())
	case error:
		return "error: " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 3, int64(4), "hey", []int{1, 2}, Rect{2, 3}, &Circle{1}, Circle{1},
		MyErr{7}, func() int { return 9 }, 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	var s Shape = Rect{1, 1}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	c, ok := s.(*Circle)
	fmt.Println(c, ok)

	var err error = fmt.Errorf("wrap: %w", MyErr{42})
	var me MyErr
	fmt.Println(errors.As(err, &me), me.Code)
	_, direct := err.(MyErr)
	fmt.Println("direct assertion:", direct)

	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("is runtime error:", e.Error() != "")
			}
		}()
		var a any = "str"
		n := a.(int)
		fmt.Println(n)
	}()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var sh Shape
		_ = sh.(Rect)
	}()
}
