// Exercises: fmt verbs on ML values: pointer-receiver String, value-receiver Error, %*d, %[n], %x, %08.3f, %q on slices
package main

import "fmt"

type Weights struct {
	Name string
	W    []float64
}

func (w *Weights) String() string { return fmt.Sprintf("%s%v", w.Name, w.W) }

type DivergedError struct {
	Step int
	Loss float64
}

func (e DivergedError) Error() string {
	return fmt.Sprintf("diverged at step %d (loss %.1e)", e.Step, e.Loss)
}

type Report struct {
	Run  string
	W    *Weights
	Err  error
	Tags []string
}

func main() {
	w := Weights{"fc1", []float64{0.5, -0.25}}
	fmt.Println(w)
	fmt.Println(&w)
	fmt.Printf("%v|%s|%+v\n", &w, &w, w)
	var err error = DivergedError{120, 3.4e12}
	fmt.Println(err)
	fmt.Printf("%v|%+v|%s\n", err, DivergedError{1, 2}, DivergedError{3, 4})
	r := Report{"r1", &w, err, []string{"lr=0.1", "bs=32"}}
	fmt.Printf("%v\n", r)
	fmt.Printf("%q\n", r.Tags)
	fmt.Printf("[%*d] [%-*d] [%08.3f] [%+.2e]\n", 6, 42, 5, 7, 3.14159, -0.000123)
	fmt.Printf("%[2]s %[1]s %[2]s\n", "a", "b")
	fmt.Printf("%x %X %o %b\n", 255, []byte("hi"), 8, 5)
	fmt.Printf("%6.2f%%\n", 97.5)
	fmt.Printf("%v %v\n", [2]bool{true}, struct{ A, B int }{1, 2})
	fmt.Printf("%T %T %T\n", err, &w, r.Tags)
	fmt.Printf("%5t|%-5v|%05d\n", true, false, -42)
}
