package main

import (
	"fmt"
	"sort"
	"strings"
)

type Notifier interface {
	Notify(to, msg string) error
}

type NotifierFunc func(to, msg string) error

func (f NotifierFunc) Notify(to, msg string) error { return f(to, msg) }

type Outbox struct {
	sent []string
}

func (o *Outbox) Email() Notifier {
	return NotifierFunc(func(to, msg string) error {
		if !strings.Contains(to, "@") {
			return fmt.Errorf("email: invalid address %q", to)
		}
		o.sent = append(o.sent, "email:"+to+":"+msg)
		return nil
	})
}

func (o *Outbox) SMS(maxLen int) Notifier {
	return NotifierFunc(func(to, msg string) error {
		if len(msg) > maxLen {
			msg = msg[:maxLen-3] + "..."
		}
		o.sent = append(o.sent, "sms:"+to+":"+msg)
		return nil
	})
}

type Multi []Notifier

func (m Multi) Notify(to, msg string) error {
	var errs []string
	for _, n := range m {
		if err := n.Notify(to, msg); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d failed: %s", len(errs), strings.Join(errs, "; "))
	}
	return nil
}

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int      { return len(s) }
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	ob := &Outbox{}
	var n Notifier = Multi{ob.Email(), ob.SMS(16)}
	contacts := []string{"ann@x.io", "+15550100", "bob@y.com"}
	for _, c := range contacts {
		if err := n.Notify(c, "Your invoice #1042 is ready"); err != nil {
			fmt.Println("warn:", err)
		}
	}
	sort.Sort(byLenThenAlpha(ob.sent))
	for _, s := range ob.sent {
		fmt.Println(s)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(contacts)))
	fmt.Println(contacts, sort.IsSorted(byLenThenAlpha(ob.sent)))
	fmt.Printf("%T %T\n", n, ob.Email())
}
