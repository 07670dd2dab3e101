// Exercises: custom errors - struct types implementing Error, errors.As into a pointer and a value, wrapped custom errors, Unwrap methods
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Status int
	URL    string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("GET %s: status %d", e.URL, e.Status) }

type RetryError struct {
	Attempts int
	Last     error
}

func (e RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}
func (e RetryError) Unwrap() error { return e.Last }

func fetch(url string, status int) error {
	if status >= 400 {
		return &HTTPError{Status: status, URL: url}
	}
	return nil
}

func fetchWithRetry(url string, statuses ...int) error {
	var last error
	for _, s := range statuses {
		if last = fetch(url, s); last == nil {
			return nil
		}
	}
	return RetryError{Attempts: len(statuses), Last: last}
}

func main() {
	fmt.Println(fetchWithRetry("/ok", 500, 200))

	err := fetchWithRetry("/down", 502, 503)
	fmt.Println(err)

	var he *HTTPError
	if errors.As(err, &he) {
		fmt.Println("status:", he.Status, "url:", he.URL)
	}
	var re RetryError
	if errors.As(fmt.Errorf("job 7: %w", err), &re) {
		fmt.Println("attempts:", re.Attempts)
	}
	var other *RetryError
	fmt.Println(errors.As(err, &other))

	notFound := fetch("/missing", 404)
	fmt.Printf("%v | %s\n", notFound, notFound.Error())
	if e, ok := notFound.(*HTTPError); ok && e.Status == 404 {
		fmt.Println("type assertion works too")
	}
	fmt.Println(errors.Is(err, notFound), errors.Unwrap(err) != nil)
}
