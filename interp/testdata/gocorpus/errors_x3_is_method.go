// Exercises: custom Is method on an error type, errors.Is matching by category
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Status int }

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Status) }
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Status == 0 || t.Status/100 == e.Status/100)
}

var AnyClientError = HTTPError{400}

func main() {
	err := fmt.Errorf("fetch: %w", HTTPError{404})
	fmt.Println(err)
	fmt.Println(errors.Is(err, AnyClientError))
	fmt.Println(errors.Is(err, HTTPError{500}))
	fmt.Println(errors.Is(err, HTTPError{}))
}
