package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type CourseFullError struct {
	Course   string
	Capacity int
}

func (c *CourseFullError) Error() string {
	return fmt.Sprintf("course %s is full (%d seats)", c.Course, c.Capacity)
}

type Course struct {
	Code     string
	Capacity int
	Prereqs  []string
	Roster   []string
}

type Student struct {
	ID        string
	Name      string
	Completed map[string]bool
}

func validate(s Student) error {
	var errs []error
	if len(s.ID) != 6 {
		errs = append(errs, ValidationError{"id", fmt.Sprintf("must be 6 characters, got %d", len(s.ID))})
	}
	if strings.TrimSpace(s.Name) == "" {
		errs = append(errs, ValidationError{"name", "required"})
	}
	return errors.Join(errs...)
}

func enroll(c *Course, s Student) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("enroll panicked: %v", r)
		}
	}()
	if err := validate(s); err != nil {
		return fmt.Errorf("invalid student: %w", err)
	}
	for _, p := range c.Prereqs {
		if !s.Completed[p] {
			return fmt.Errorf("%s needs %s first", s.Name, p)
		}
	}
	if len(c.Roster) >= c.Capacity {
		return &CourseFullError{c.Code, c.Capacity}
	}
	if c.Capacity < 0 {
		panic("negative capacity for " + c.Code)
	}
	c.Roster = append(c.Roster, s.Name)
	return nil
}

func main() {
	cs201 := &Course{Code: "CS201", Capacity: 2, Prereqs: []string{"CS101"}}
	broken := &Course{Code: "XX000", Capacity: -1}
	students := []Student{
		{"S00001", "Ana", map[string]bool{"CS101": true}},
		{"S02", "", nil},
		{"S00003", "Ben", map[string]bool{}},
		{"S00004", "Cleo", map[string]bool{"CS101": true}},
		{"S00005", "Dev", map[string]bool{"CS101": true}},
	}
	for _, s := range students {
		err := enroll(cs201, s)
		var ve ValidationError
		var full *CourseFullError
		switch {
		case err == nil:
			fmt.Printf("%s enrolled\n", s.Name)
		case errors.As(err, &full):
			fmt.Printf("waitlisted %s: %v (cap=%d)\n", s.Name, err, full.Capacity)
		case errors.As(err, &ve):
			fmt.Printf("rejected %q: first bad field %q\n%v\n", s.ID, ve.Field, err)
		default:
			fmt.Println("refused:", err)
		}
	}
	fmt.Println(enroll(broken, students[0]))
	fmt.Println(cs201.Roster)
	joined := validate(Student{ID: "1", Name: " "})
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Printf("%d: %T %v\n", i, e, e)
		}
	}
}
