// Keeps one part of the view from taking the others down: a part that throws shows one line in its place.
import { Component, type ComponentChildren } from 'preact';

export class Boundary extends Component<{ what: string; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch() {
    this.setState({ failed: true });
  }
  render() {
    return this.state.failed ? <p class="part-failed" role="status">{`Parallax could not show ${this.props.what}.`}</p> : this.props.children;
  }
}
