package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

type FieldError struct {
	Field string
	Rule  string
}

func (f FieldError) Error() string { return fmt.Sprintf("%s failed %s", f.Field, f.Rule) }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

type Signup struct {
	Username string
	Email    string
	Password string
	Age      int
}

var emailRe = regexp.MustCompile(`^[a-z0-9._]+@[a-z0-9]+\.[a-z]{2,}$`)

func (s Signup) Validate() error {
	var errs ValidationErrors
	if len(s.Username) < 3 {
		errs = append(errs, FieldError{"username", "min=3"})
	}
	if !emailRe.MatchString(s.Email) {
		errs = append(errs, FieldError{"email", "format"})
	}
	if len(s.Password) < 8 || !strings.ContainsAny(s.Password, "0123456789") {
		errs = append(errs, FieldError{"password", "strength"})
	}
	if s.Age < 13 {
		errs = append(errs, FieldError{"age", "min=13"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func register(s Signup) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("register %q: %w", s.Username, err)
		}
	}()
	return s.Validate()
}

func main() {
	forms := []Signup{
		{"bob", "bob@mail.com", "hunter22", 30},
		{"al", "not-an-email", "short", 9},
		{"carol", "carol@site.org", "longpassword", 40},
		{"dave", "dave@x.io", "abc12345", 12},
	}
	for _, f := range forms {
		err := register(f)
		if err == nil {
			fmt.Println("ok", f.Username)
			continue
		}
		fmt.Println(err)
		var ve ValidationErrors
		if errors.As(err, &ve) {
			fields := []string{}
			for _, fe := range ve {
				fields = append(fields, fe.Field)
			}
			fmt.Println("  fields:", fields, len(ve))
		}
		var fe FieldError
		fmt.Println("  single field error?", errors.As(err, &fe))
	}
	fmt.Println(emailRe.FindAllString("x a@b.cc y@z.org", -1), emailRe.String())
	re := regexp.MustCompile(`(\w+)=(\d+)`)
	fmt.Println(re.FindAllStringSubmatch("a=1 bb=22 c=x", -1), re.ReplaceAllString("k=9", "$2:$1"))
}
