package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Issue }

type Record struct {
	ID    string
	Email string
	Age   string
}

func validate(r Record) error {
	var errs []error
	if r.ID == "" {
		errs = append(errs, &ValidationError{"id", "missing"})
	}
	if !strings.Contains(r.Email, "@") {
		errs = append(errs, &ValidationError{"email", fmt.Sprintf("%q is not an address", r.Email)})
	}
	if n, err := strconv.Atoi(r.Age); err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	} else if n < 0 || n > 150 {
		errs = append(errs, &ValidationError{"age", "out of range " + r.Age})
	}
	return errors.Join(errs...)
}

func safeProcess(r Record) (res string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("record %s panicked: %v", r.ID, p)
		}
	}()
	if r.ID == "boom" {
		var m map[string]int
		m["x"] = 1
	}
	if r.ID == "idx" {
		a := []int{1, 2, 3}
		i := len(r.Email)
		_ = a[i]
	}
	return strings.ToUpper(r.ID), nil
}

func main() {
	recs := []Record{
		{"a1", "ann@example.com", "34"},
		{"", "bob-at-example", "x"},
		{"c3", "cy@example.com", "200"},
		{"boom", "d@e.f", "1"},
		{"idx", "e@f.gh", "2"},
	}
	results := make([]string, len(recs))
	var wg sync.WaitGroup
	for i, r := range recs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := validate(r); err != nil {
				var ve *ValidationError
				var ne *strconv.NumError
				msg := strings.ReplaceAll(err.Error(), "\n", " | ")
				results[i] = fmt.Sprintf("invalid [%s] validation=%v numerr=%v", msg, errors.As(err, &ve), errors.As(err, &ne))
				if ne != nil {
					results[i] += " func=" + ne.Func
				}
				return
			}
			out, err := safeProcess(r)
			if err != nil {
				results[i] = "error: " + err.Error()
				return
			}
			results[i] = "ok " + out
		}()
	}
	wg.Wait()
	for i, s := range results {
		fmt.Println(i, s)
	}
	joined := errors.Join(nil, nil)
	fmt.Println(joined == nil)
	e := errors.Join(errors.New("first"), fmt.Errorf("second: %w", strconv.ErrRange))
	fmt.Println(errors.Is(e, strconv.ErrRange), len(e.(interface{ Unwrap() []error }).Unwrap()))
}
