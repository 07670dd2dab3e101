package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type Registration struct {
	Name  string
	Age   int
	Email string
}

func parse(line string) (Registration, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return Registration{}, fmt.Errorf("line %q: want 3 fields, got %d", line, len(parts))
	}
	var errs []error
	name := strings.TrimSpace(parts[0])
	if name == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	age, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		errs = append(errs, FieldError{"age", err.Error()})
	} else if age < 5 || age > 120 {
		errs = append(errs, FieldError{"age", "must be 5..120, got " + strconv.Itoa(age)})
	}
	email := strings.TrimSpace(parts[2])
	if !strings.Contains(email, "@") {
		errs = append(errs, FieldError{"email", fmt.Sprintf("%q is not an address", email)})
	}
	return Registration{name, age, email}, errors.Join(errs...)
}

func main() {
	lines := []string{
		"Ana, 20, ana@school.edu",
		" , abc, nope",
		"Ben, 200, ben@x.org",
		"just one field",
		"Cy,7,cy@kids.net",
	}
	var ok []Registration
	for i, l := range lines {
		r, err := parse(l)
		if err != nil {
			fmt.Printf("line %d invalid:\n", i+1)
			for _, e := range strings.Split(err.Error(), "\n") {
				fmt.Println("  -", e)
			}
			var fe FieldError
			if errors.As(err, &fe) {
				fmt.Println("  first field error in:", fe.Field)
			}
			continue
		}
		ok = append(ok, r)
	}
	fmt.Printf("%d valid: %+v\n", len(ok), ok)
}
