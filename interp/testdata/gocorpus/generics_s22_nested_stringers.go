// A generic String method prints a value of its type parameter that is
// itself an instance with a String method (Some(Some(5))), when the cell
// also prints a slice of instances and another generic type shares the
// method name.
package main

import "fmt"

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Box[T any] struct{ items []T }

func (b *Box[T]) Add(x T) *Box[T] { b.items = append(b.items, x); return b }
func (b *Box[T]) String() string {
	return fmt.Sprint(len(b.items), " items, last ", b.items[len(b.items)-1])
}

func main() {
	opts := []Option[int]{Some(1), None[int](), Some(3)}
	fmt.Println(opts)
	fmt.Println(Some(Some(5)), Some(None[string]()))
	fmt.Println(Some(Result[string]{Val: "fine"}), Result[Option[int]]{Val: Some(2)})
	b := (&Box[Option[float64]]{}).Add(Some(0.5)).Add(None[float64]())
	fmt.Println(b)
	fmt.Printf("%v|%s|%+v\n", Some(Some("x")), Some(Some("y")), Some(Some(7)))
}
