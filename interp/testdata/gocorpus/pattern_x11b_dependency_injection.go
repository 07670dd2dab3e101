// Exercises: dependency injection through interfaces and constructors, fakes in place of real services, interface-typed struct fields
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Clock interface{ Now() int }
type Mailer interface {
	Send(to, body string) error
}

type fixedClock struct{ t int }

func (c fixedClock) Now() int { return c.t }

type recordingMailer struct {
	sent []string
	fail map[string]bool
}

func (m *recordingMailer) Send(to, body string) error {
	if m.fail[to] {
		return errors.New("mailbox full: " + to)
	}
	m.sent = append(m.sent, to+": "+body)
	return nil
}

type Reminder struct {
	clock  Clock
	mailer Mailer
}

func NewReminder(c Clock, m Mailer) *Reminder { return &Reminder{clock: c, mailer: m} }

func (r *Reminder) Remind(users []string, due int) []error {
	var errs []error
	for _, u := range users {
		left := due - r.clock.Now()
		if left < 0 {
			continue
		}
		if err := r.mailer.Send(u, fmt.Sprintf("%d days left", left)); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func main() {
	m := &recordingMailer{fail: map[string]bool{"eve": true}}
	r := NewReminder(fixedClock{10}, m)
	errs := r.Remind([]string{"ann", "eve", "joe"}, 12)
	fmt.Println(strings.Join(m.sent, " | "))
	fmt.Println(errs, errors.Join(errs...))
	r2 := NewReminder(fixedClock{20}, m)
	fmt.Println(len(r2.Remind([]string{"zed"}, 12)), len(m.sent))
}
