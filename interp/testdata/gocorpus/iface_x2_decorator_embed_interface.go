// Exercises: a struct embedding an interface to decorate one method and forward the rest.
package main

import (
	"fmt"
	"strings"
)

type Notifier interface {
	Notify(msg string) string
	Channel() string
}

type EmailNotifier struct{ Addr string }

func (e EmailNotifier) Notify(msg string) string { return "mail to " + e.Addr + ": " + msg }
func (e EmailNotifier) Channel() string          { return "email" }

type UpperNotifier struct {
	Notifier
}

func (u UpperNotifier) Notify(msg string) string {
	return u.Notifier.Notify(strings.ToUpper(msg))
}

type CountingNotifier struct {
	Notifier
	Count int
}

func (c *CountingNotifier) Notify(msg string) string {
	c.Count++
	return fmt.Sprintf("#%d %s", c.Count, c.Notifier.Notify(msg))
}

func send(n Notifier, msgs ...string) {
	for _, m := range msgs {
		fmt.Println(n.Channel(), "|", n.Notify(m))
	}
}

func main() {
	base := EmailNotifier{"ops@example.com"}
	send(base, "disk full")
	send(UpperNotifier{base}, "cpu hot")
	counted := &CountingNotifier{Notifier: UpperNotifier{base}}
	send(counted, "a", "b")
	fmt.Println(counted.Count)
	var empty UpperNotifier
	fmt.Println(empty.Notifier == nil)
}
