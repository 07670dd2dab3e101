// Exercises: idiomatic if err != nil handling with early returns in helper functions.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func parseKV(line string) (string, int, error) {
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		return "", 0, fmt.Errorf("missing '=' in %q", line)
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return "", 0, fmt.Errorf("key %s: %w", k, err)
	}
	return strings.TrimSpace(k), n, nil
}

func main() {
	lines := []string{"a = 1", "b=22", "c", "d = four", "e=5"}
	total := 0
	var errs []error
	for _, l := range lines {
		k, n, err := parseKV(l)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Println(k, n)
		total += n
	}
	fmt.Println("total", total)
	fmt.Println(errors.Join(errs...))
}
