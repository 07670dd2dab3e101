package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

type Mailer interface {
	Send(to []string, subject, body string) error
}

type sentMail struct {
	To      []string
	Subject string
	Lines   int
}

// mockMailer records calls and can be told to fail for a recipient.
type mockMailer struct {
	sent    []sentMail
	failFor string
}

var ErrBounce = errors.New("bounced")

func (m *mockMailer) Send(to []string, subject, body string) error {
	for _, addr := range to {
		if addr == m.failFor {
			return &BounceError{Addr: addr, Err: ErrBounce}
		}
	}
	sc := bufio.NewScanner(strings.NewReader(body))
	n := 0
	for sc.Scan() {
		n++
	}
	m.sent = append(m.sent, sentMail{to, subject, n})
	return nil
}

type BounceError struct {
	Addr string
	Err  error
}

func (b *BounceError) Error() string { return "mail to " + b.Addr + ": " + b.Err.Error() }
func (b *BounceError) Unwrap() error { return b.Err }

type Newsletter struct {
	mailer Mailer
	subs   []string
	batch  int
}

func NewNewsletter(m Mailer, batch int, subs ...string) *Newsletter {
	return &Newsletter{mailer: m, subs: subs, batch: batch}
}

func (n *Newsletter) Publish(title string, paras ...string) (sent int, errs []error) {
	body := strings.Join(paras, "\n\n")
	for start := 0; start < len(n.subs); start += n.batch {
		end := min(start+n.batch, len(n.subs))
		group := n.subs[start:end]
		if err := n.mailer.Send(group, title, body); err != nil {
			errs = append(errs, fmt.Errorf("batch %d: %w", start/n.batch, err))
			continue
		}
		sent += len(group)
	}
	return
}

func main() {
	m := &mockMailer{failFor: "dave@x.io"}
	nl := NewNewsletter(m, 2, "ann@x.io", "ben@x.io", "cat@x.io", "dave@x.io", "eve@x.io")
	sent, errs := nl.Publish("Issue #1", "Hello readers.", "Interfaces make\ntesting easy.")
	fmt.Println("sent:", sent)
	for _, e := range errs {
		var be *BounceError
		fmt.Println(" ", e, errors.Is(e, ErrBounce), errors.As(e, &be) && be.Addr == "dave@x.io")
	}
	for i, s := range m.sent {
		fmt.Printf("%d %+v\n", i, s)
	}
	checks := map[string]bool{
		"three batches tried": len(m.sent)+len(errs) == 3,
		"four delivered":      sent == 4,
		"line count":          len(m.sent) > 0 && m.sent[0].Lines == 4,
	}
	for _, name := range []string{"three batches tried", "four delivered", "line count"} {
		if checks[name] {
			fmt.Println("PASS", name)
		} else {
			fmt.Println("FAIL", name)
		}
	}
	var _ Mailer = (*mockMailer)(nil)
}
