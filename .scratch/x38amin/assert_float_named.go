// Clear error, both styles.
// A comma-ok assertion to float64 is refused when the program also has an
// error type whose underlying type is float64 (the Tour's ErrNegativeSqrt),
// even though the interface here holds a string.
// Go prints:      negative
//                 0 false
// Session:        CompileError: a type assertion to float64 of a value that may also hold a
//                 ErrNegativeSqrt (the interpreter cannot tell the two apart) is not supported by gobackprop: ...
// (A plain named float type without methods, type Celsius float64, does not trigger it.)
// From tour_x38a_exercises.go.

package main

import "fmt"

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string { return "negative" }

func main() {
	var err error = ErrNegativeSqrt(-2)
	fmt.Println(err)
	var i interface{} = "hello"
	f, ok := i.(float64)
	fmt.Println(f, ok)
}
