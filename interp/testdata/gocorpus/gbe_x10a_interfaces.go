// Exercises: interfaces - implicit implementation, functions over an interface, slices of interface values, type assertions, comparison, nil
package main

import (
	"fmt"
	"strings"
)

type Notifier interface {
	Notify(msg string) string
	Channel() string
}

type Email struct{ To string }
type SMS struct {
	Number string
	Limit  int
}

func (e Email) Notify(msg string) string { return "mail to " + e.To + ": " + msg }
func (e Email) Channel() string          { return "email" }

func (s *SMS) Notify(msg string) string {
	if len(msg) > s.Limit {
		msg = msg[:s.Limit] + "…"
	}
	return "sms to " + s.Number + ": " + msg
}
func (s *SMS) Channel() string { return "sms" }

func broadcast(msg string, ns ...Notifier) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Notify(msg))
	}
	return out
}

func main() {
	all := []Notifier{Email{"ops@example.org"}, &SMS{"+100", 10}}
	fmt.Println(strings.Join(broadcast("disk usage above 90%", all...), "\n"))

	for _, n := range all {
		if sms, ok := n.(*SMS); ok {
			fmt.Println("sms limit", sms.Limit, n.Channel())
		} else if e, ok := n.(Email); ok {
			fmt.Println("email to", e.To, n.Channel())
		}
	}

	var n Notifier
	fmt.Println(n == nil)
	n = Email{"a@b"}
	fmt.Println(n == Email{"a@b"}, n == Notifier(Email{"x@y"}), n != nil)
	fmt.Printf("%v %+v %T\n", n, n, n)

	var any1 interface{} = all[1]
	_, isNotifier := any1.(Notifier)
	_, isStringer := any1.(fmt.Stringer)
	fmt.Println(isNotifier, isStringer)
}
